package org.briefing.hostile;

/** What one run of the program did: its exit code and what it printed. */
record Run(int exit, String out, String err) {
    @Override
    public String toString() {
        String shownOut = out.length() > 2000 ? out.substring(0, 2000) + "… (" + out.length() + " chars)" : out;
        return "exit " + exit + "\n--- out\n" + shownOut + "\n--- err\n" + err;
    }
}
