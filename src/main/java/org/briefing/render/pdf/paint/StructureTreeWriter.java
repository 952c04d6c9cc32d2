package org.briefing.render.pdf.paint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Writes the recorded tags as PDF objects: the StructTreeRoot with one Document element, the ParentTree
 * mapping every page's MCIDs and every link annotation back to its element, the IDTree for notes,
 * /StructParents and /Tabs /S on pages, and /MarkInfo. Walks the tree with explicit stacks, since lists
 * and quotes may nest deeply.
 */
final class StructureTreeWriter {
    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName PG = COSName.getPDFName("Pg");

    private StructureTreeWriter() {
    }

    static void write(PDDocument doc, List<PDPage> pages, TaggedContent content) {
        PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(treeRoot);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);

        List<TagElement> order = prune(preOrder(content.root()));
        Map<TagElement, COSDictionary> dicts = new IdentityHashMap<>();
        for (TagElement e : order) {
            dicts.put(e, new COSDictionary());
        }
        // The Document element is attached before anything is filled in, and the rest in pre-order: PDFBox
        // marks a graph as the document's recursively when it is attached, so attaching the finished tree
        // would cost a stack frame per level (and overflow on a deep one); this way each element is marked
        // while still empty, as its parent's /K takes it.
        treeRoot.getCOSObject().setItem(COSName.K, dicts.get(content.root()));
        Map<String, COSDictionary> ids = new TreeMap<>();
        for (TagElement e : order) {
            COSDictionary d = dicts.get(e);
            d.setItem(COSName.TYPE, STRUCT_ELEM);
            d.setName(COSName.S, e.type);
            d.setItem(COSName.P, e.parent == null ? treeRoot.getCOSObject() : dicts.get(e.parent));
            PDPage home = homePage(e, pages);
            if (home != null) {
                d.setItem(PG, home.getCOSObject());
            }
            d.setItem(COSName.K, kids(e, home, pages, dicts, content.annotations()));
            if (!e.alt.isBlank()) {
                d.setString(COSName.ALT, e.alt);
            }
            if (!e.lang.isEmpty()) {
                d.setString(COSName.LANG, e.lang);
            }
            if (!e.id.isEmpty()) {
                d.setItem(COSName.ID, new COSString(e.id));
                ids.put(e.id, d);
            }
            if (!e.scope.isEmpty()) {
                COSDictionary attributes = new COSDictionary();
                attributes.setName(COSName.O, "Table");
                attributes.setName(COSName.getPDFName("Scope"), e.scope);
                d.setItem(COSName.A, attributes);
            }
        }
        if (!ids.isEmpty()) {
            COSArray names = new COSArray();
            ids.forEach((id, d) -> {
                names.add(new COSString(id));
                names.add(d);
            });
            COSDictionary idTree = new COSDictionary();
            idTree.setItem(COSName.NAMES, names);
            treeRoot.getCOSObject().setItem(COSName.getPDFName("IDTree"), idTree);
        }
        writeParentTree(treeRoot, pages, content, dicts);
    }

    private static void writeParentTree(PDStructureTreeRoot treeRoot, List<PDPage> pages, TaggedContent content,
                                        Map<TagElement, COSDictionary> dicts) {
        COSArray nums = new COSArray();
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = pages.get(p);
            page.setStructParents(p);
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            COSArray marks = new COSArray();
            for (TagElement e : content.pageMarks().get(p)) {
                marks.add(dicts.get(e));
            }
            nums.add(COSInteger.get(p));
            nums.add(marks);
        }
        int key = pages.size();
        for (int i = 0; i < content.annotations().size(); i++, key++) {
            content.annotations().get(i).setStructParent(key);
            nums.add(COSInteger.get(key));
            nums.add(dicts.get(content.annotationOwners().get(i)));
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        treeRoot.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, key);
    }

    private static COSArray kids(TagElement e, PDPage home, List<PDPage> pages, Map<TagElement, COSDictionary> dicts,
                                 List<PDAnnotationLink> annotations) {
        COSArray k = new COSArray();
        for (Object kid : e.kids) {
            if (kid instanceof TagElement child) {
                k.add(dicts.get(child));
            } else if (kid instanceof TagElement.MarkedRef ref) {
                PDPage page = pages.get(ref.page());
                if (page == home) {
                    k.add(COSInteger.get(ref.mcid()));
                } else {
                    COSDictionary mcr = new COSDictionary();
                    mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
                    mcr.setItem(PG, page.getCOSObject());
                    mcr.setInt(MCID, ref.mcid());
                    mcr.setDirect(true); // inline: an indirect object per reference only costs xref entries
                    k.add(mcr);
                }
            } else if (kid instanceof TagElement.AnnotationRef ref) {
                PDAnnotationLink annotation = annotations.get(ref.annotation());
                COSDictionary objr = new COSDictionary();
                objr.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
                if (annotation.getPage() != null) {
                    objr.setItem(PG, annotation.getPage().getCOSObject());
                }
                objr.setItem(COSName.OBJ, annotation.getCOSObject());
                objr.setDirect(true);
                k.add(objr);
            }
        }
        return k;
    }

    /** The page of the element's first marked content, which plain MCIDs in /K then refer to. */
    private static PDPage homePage(TagElement e, List<PDPage> pages) {
        for (Object kid : e.kids) {
            if (kid instanceof TagElement.MarkedRef ref) {
                return pages.get(ref.page());
            }
        }
        return null;
    }

    private static List<TagElement> preOrder(TagElement root) {
        List<TagElement> order = new ArrayList<>();
        Deque<TagElement> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            TagElement e = stack.pop();
            order.add(e);
            for (int i = e.kids.size() - 1; i >= 0; i--) {
                if (e.kids.get(i) instanceof TagElement child) {
                    stack.push(child);
                }
            }
        }
        return order;
    }

    /**
     * Drops elements left without content (a paragraph that painted nothing, a list body that stayed
     * empty); empty table cells stay, since they hold a column's place. Children come after their parent
     * in pre-order, so walking it backwards sees every child before its parent.
     */
    private static List<TagElement> prune(List<TagElement> order) {
        List<TagElement> kept = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            TagElement e = order.get(i);
            boolean cell = e.type.equals("TD") || e.type.equals("TH");
            if (e.kids.isEmpty() && !cell && e.parent != null) {
                e.parent.kids.remove(e);
            } else {
                kept.add(e);
            }
        }
        java.util.Collections.reverse(kept);
        return kept;
    }
}
