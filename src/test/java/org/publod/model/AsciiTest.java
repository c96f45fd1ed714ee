package org.publod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void dropsTheDiacriticsOfLatinLettersAndKeepsTheirCase() {
        assertEquals("Odrzygozdz T.", Ascii.fold("Odrzygóźdź T."));
        assertEquals("ZOLKIEWSKI L.", Ascii.fold("ŻÓŁKIEWSKI Ł."));
    }

    @Test
    void spellsTheLettersWithoutCombiningMarksTheAsciiWay() {
        assertEquals("Lodz Oster Strasse Dordevic Caesar oeuvre Thor Isik", Ascii.fold(
                "Łódź Øster Straße Đorđević Cæsar œuvre Þór Işık"));
    }

    @Test
    void keepsTheLettersAndMarksOfOtherScripts() {
        String text = "张伟 Йосиф が ἄλφα";

        assertEquals("张伟 Йосиф が ἄλφα", Ascii.fold(text));
        assertFalse(Ascii.isAscii(Ascii.fold(text)));
    }

    @Test
    void leavesAsciiAlone() {
        assertEquals("Cygan M.", Ascii.fold("Cygan M."));
        assertTrue(Ascii.isAscii("Cygan M."));
    }
}
