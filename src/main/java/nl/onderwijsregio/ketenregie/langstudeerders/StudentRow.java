package nl.onderwijsregio.ketenregie.langstudeerders;

import nl.onderwijsregio.ketenregie.organisation.Sector;

/** One valid line of an institute's list (see {@link StudentListCheck}). */
record StudentRow(int line, String studentNumber, String firstName, String lastName, String email, String programme,
        Sector sector, int startYear, int creditsObtained, int creditsRequired, String schoolCode, String regionCode) {
}
