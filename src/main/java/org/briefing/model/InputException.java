package org.briefing.model;

/**
 * Bad input from the user: a source, theme, image or option that cannot be used as given.
 * The CLI maps it to exit code 2.
 */
public class InputException extends BriefingException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error located in a file: {@code file:line:column: message} (column omitted when 0). */
    public static InputException at(String file, int line, int column, String message) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return new InputException(where + ": " + message);
    }
}
