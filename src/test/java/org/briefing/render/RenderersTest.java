package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

class RenderersTest {
    @Test
    void aRendererOnlyOnTheTestClassPathIsFound() {
        Renderers renderers = Renderers.discover();
        assertTrue(renderers.has("fake"), renderers.formats().toString());
        assertInstanceOf(FakeRenderer.class, renderers.get("fake"));
    }

    @Test
    void theTextRendererIsRegisteredInMainCode() {
        assertTrue(Renderers.discover().has("text"));
    }

    @Test
    void anUnknownFormatFailsListingTheKnownOnes() {
        InputException e = assertThrows(InputException.class, () -> Renderers.discover().get("docx"));
        assertTrue(e.getMessage().contains("unknown format 'docx'"), e.getMessage());
        assertTrue(e.getMessage().contains("fake") && e.getMessage().contains("text"), e.getMessage());
    }
}
