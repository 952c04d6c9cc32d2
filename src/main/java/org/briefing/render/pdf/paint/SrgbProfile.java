package org.briefing.render.pdf.paint;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Arrays;

/**
 * The sRGB ICC profile for the PDF/A output intent: the JDK's built-in one (no file to ship, so no licence
 * to carry), with the header fields that vary between JDKs fixed. Java 17 says its primary platform is
 * Apple ("APPL"), Java 25 Microsoft ("MSFT"); the tag table and data are the same, so the same briefing
 * gave different PDF bytes. The platform is informational, and zero means "none" (ICC.1:2010 7.2.10).
 * The profile ID (an MD5 over the header) is zeroed too, "not computed", so it can never disagree
 * with the changed header.
 */
final class SrgbProfile {
    private static final int PLATFORM = 40;
    private static final int PROFILE_ID = 84;

    private SrgbProfile() {
    }

    /** The profile's bytes, the same on every supported JDK. */
    static byte[] bytes() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        Arrays.fill(profile, PLATFORM, PLATFORM + 4, (byte) 0);
        Arrays.fill(profile, PROFILE_ID, PROFILE_ID + 16, (byte) 0);
        return profile;
    }
}
