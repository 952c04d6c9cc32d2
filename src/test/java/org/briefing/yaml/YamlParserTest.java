package org.briefing.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

/** The located YAML layer shared by themes and front matter. */
class YamlParserTest {
    private static YamlMap map(String text, int lineOffset) {
        return YamlParser.parse(text, "t.yaml", lineOffset).orElseThrow().asMap();
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondOne() {
        InputException e = assertThrows(InputException.class, () -> map("title: A\nkind: memo\ntitle: B\n", 0));
        assertEquals("t.yaml:3:1: 'title': duplicate key (first at line 1)", e.getMessage());
    }

    @Test
    void aDuplicateKeyInANestedMappingIsFoundWithTheFrontMatterOffset() {
        InputException e = assertThrows(InputException.class,
                () -> map("roles:\n  body: {size: 9, size: 10}\n", 1).get("roles").orElseThrow().asMap()
                        .get("body").orElseThrow().asMap());
        assertTrue(e.getMessage().startsWith("t.yaml:3:19: 'roles.body.size': duplicate key"), e.getMessage());
    }

    @Test
    void aLongValueIsNotEchoedWhole() {
        String secret = "root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin";
        InputException e = assertThrows(InputException.class,
                () -> YamlParser.parse(secret, "t.yaml", 0).orElseThrow().asMap());
        assertFalse(e.getMessage().contains("nologin"), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.yaml:1:1: expected a mapping"), e.getMessage());
    }
}
