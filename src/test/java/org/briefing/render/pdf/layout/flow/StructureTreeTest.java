package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.BlockQuote;
import org.briefing.model.Document;
import org.briefing.model.Footnote;
import org.briefing.model.FootnoteRef;
import org.briefing.model.Inline;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Metadata;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FirstFitLineBreaker;
import org.briefing.render.pdf.layout.inline.FixedWidthMeasurer;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** Layout output carries the structure tagging needs: containers, parents, and an element for every item. */
class StructureTreeTest {
    private static Paragraph para(String text) {
        return new Paragraph(List.of(new Text(text)));
    }

    @Test
    void itemsPointAtElementsWhoseParentsAreTheContainers() {
        List<List<Inline>> cells = List.of(List.of(new Text("a")), List.of(new Text("b")));
        Document doc = new Document("s.md", Metadata.titled("S"), List.of(
                new ListBlock(false, 1, true, List.of(new ListItem(null, List.of(para("one"))),
                        new ListItem(null, List.of(para("two"))))),
                new BlockQuote(List.of(para("quoted"))),
                new Table(List.of(Table.Alignment.LEFT, Table.Alignment.LEFT), List.of(new TableRow(cells)),
                        List.of(new TableRow(cells))),
                new Paragraph(List.of(new Text("noted"), new FootnoteRef("n", 1)))),
                List.of(new Footnote("n", 1, List.of(para("note")))));
        LaidOutDocument out = new DocumentLayouter(new ThemeLoader(Path.of("styles")).load("memo"),
                new FixedWidthMeasurer(), new FirstFitLineBreaker(), ImageSource.NONE).layoutWithStructure(doc);
        Map<Integer, StructureNode> nodes = new HashMap<>();
        out.structure().forEach(n -> nodes.put(n.id(), n));
        Map<String, StructureNode> byText = new HashMap<>();
        for (Page page : out.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof TextItem t && !t.role().isArtifact() && t.blockId() != 0) {
                    StructureNode node = nodes.get(t.blockId());
                    if (t.role() != StructureRole.LINK && t.role() != StructureRole.FOOTNOTE_REF) {
                        assertNotNull(node, "an element for '" + t.fragment().text().text() + "'");
                        byText.put(t.fragment().text().text(), node);
                    }
                }
            }
        }
        assertEquals(List.of(StructureRole.LIST_BODY, StructureRole.LIST_ITEM, StructureRole.LIST),
                chain(nodes, byText.get("one")));
        assertEquals(List.of(StructureRole.LIST_LABEL, StructureRole.LIST_ITEM, StructureRole.LIST),
                chain(nodes, byText.get("\u2022")));
        assertEquals(List.of(StructureRole.QUOTE, StructureRole.BLOCK_QUOTE), chain(nodes, byText.get("quoted")));
        assertEquals(List.of(StructureRole.TABLE_CELL, StructureRole.TABLE_ROW, StructureRole.TABLE),
                chain(nodes, byText.get("a")));
        assertEquals(List.of(StructureRole.FOOTNOTE, StructureRole.NOTE), chain(nodes, byText.get("note")));
        assertEquals(List.of(StructureRole.FOOTNOTE_LABEL, StructureRole.NOTE), chain(nodes, byText.get("1")));
        assertTrue(out.structure().stream().filter(n -> n.role() == StructureRole.TABLE_ROW).count() == 2);
    }

    private static List<StructureRole> chain(Map<Integer, StructureNode> nodes, StructureNode start) {
        java.util.ArrayList<StructureRole> roles = new java.util.ArrayList<>();
        for (StructureNode n = start; n != null; n = nodes.get(n.parent())) {
            roles.add(n.role());
        }
        return roles;
    }
}
