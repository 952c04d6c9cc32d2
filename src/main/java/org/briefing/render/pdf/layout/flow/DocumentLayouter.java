package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.model.Contents;
import org.briefing.model.Document;
import org.briefing.model.Footnote;
import org.briefing.model.Heading;
import org.briefing.model.Numbers;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageComposition;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.render.pdf.layout.inline.LineBreaker;
import org.briefing.render.pdf.layout.inline.LineLog;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.TextMeasurer;
import org.briefing.style.BreakBefore;
import org.briefing.style.Role;
import org.briefing.style.Theme;

/**
 * The whole layout pipeline for one memo: front matter, body, participants and notes into slabs, slabs
 * onto pages, then page furniture. The result is plain data.
 */
public final class DocumentLayouter {
    private final Theme theme;
    private final TextMeasurer measurer;
    private final LineBreaker breaker;
    private final ImageSource images;
    private final Hyphenation hyphenation;
    private final LineLog log;
    /** Whether the command line asked for a table of contents ({@code --toc}). */
    private boolean contentsAsked;
    /** Threads that set paragraphs beside the layout walk; negative: as many as suit the document. */
    private final int settingHelpers;

    public DocumentLayouter(Theme theme, TextMeasurer measurer, LineBreaker breaker, ImageSource images) {
        this(theme, measurer, breaker, images, Hyphenation.NONE);
    }

    public DocumentLayouter(Theme theme, TextMeasurer measurer, LineBreaker breaker, ImageSource images,
                            Hyphenation hyphenation) {
        this(theme, measurer, breaker, images, hyphenation, null);
    }

    /** A layouter that records every set line in {@code log} (for the typography report), or null. */
    public DocumentLayouter(Theme theme, TextMeasurer measurer, LineBreaker breaker, ImageSource images,
                            Hyphenation hyphenation, LineLog log) {
        this(theme, measurer, breaker, images, hyphenation, log, -1);
    }

    /**
     * A layouter with {@code settingHelpers} threads setting paragraphs (0: all on the calling thread;
     * negative: the default, one per spare core, at most two, once this thread has set the first 300
     * paragraphs; always none when lines are logged). The pages are the same either way; with helpers the
     * measurer, breaker and hyphenation must be thread-safe (the font library, both breakers and the Liang
     * hyphenator are).
     */
    public DocumentLayouter(Theme theme, TextMeasurer measurer, LineBreaker breaker, ImageSource images,
                            Hyphenation hyphenation, LineLog log, int settingHelpers) {
        this.settingHelpers = settingHelpers;
        this.log = log;
        this.theme = theme;
        this.measurer = measurer;
        this.breaker = breaker;
        this.images = images;
        this.hyphenation = hyphenation;
    }

    /** Prints a table of contents whatever the front matter and theme say (the command line's {@code --toc}). */
    public DocumentLayouter contentsAsked(boolean asked) {
        this.contentsAsked = asked;
        return this;
    }

    /** Lays out a document into pages. */
    public List<Page> layout(Document doc) {
        return layoutWithStructure(doc).pages();
    }

    /** Lays out a document into pages and the structure elements their items belong to. */
    public LaidOutDocument layoutWithStructure(Document doc) {
        // A line log lists lines in the order they are set, so with one every paragraph is set in turn.
        int helpers = log != null ? 0 : settingHelpers >= 0 ? settingHelpers : SettingQueue.defaultHelpers();
        try (SettingQueue queue = new SettingQueue(helpers, settingHelpers >= 0 ? 0 : SettingQueue.DEFAULT_WARMUP)) {
            return layoutWithStructure(doc, queue);
        }
    }

    private LaidOutDocument layoutWithStructure(Document doc, SettingQueue queue) {
        StyleSheet styles = new StyleSheet(theme);
        PageArea area = PageArea.of(theme.page());
        ParagraphSetter setter = new ParagraphSetter(measurer, breaker, hyphenation,
                theme.typography().opticalMargins(), log);
        BlockIds ids = new BlockIds();
        FlowWriter body = new FlowWriter();
        Numbers numbers = Numbers.of(doc.blocks());
        BlockLayouter blocks = new BlockLayouter(styles, setter, measurer, images, body, ids, queue)
                .maxSlabHeight(area.textHeight()).numbers(numbers);
        Column column = Column.full(area.left(), area.textWidth(), Role.BODY, StructureRole.PARAGRAPH);
        MemoFrontMatter front = new MemoFrontMatter(styles, blocks, body, ids);
        front.letterhead(doc.metadata(), column);
        ContentsLayouter contents = null;
        if (Contents.wanted(doc.metadata(), contentsAsked, theme.contents())) {
            contents = new ContentsLayouter(styles, setter, measurer, body, ids, blocks);
            contents.layout(Contents.of(doc), column, styles.raw(Role.H1).breakBefore() != BreakBefore.AUTO);
        }
        blocks.layout(doc.blocks(), column, null);
        front.participants(doc.metadata().participants(), column);

        Map<Integer, List<Slab>> notes = new TreeMap<>();
        if (theme.footnotes() == Theme.FootnotePlacement.END) {
            if (!doc.footnotes().isEmpty()) {
                blocks.layout(List.of(new Heading(1, List.of(new Text("Notes")), "notes")), column, null);
                for (Footnote note : doc.footnotes()) {
                    int noteId = ids.open(StructureRole.NOTE, 0);
                    blocks.layout(note.blocks(), noteFrame(column).within(noteId),
                            noteLabel(styles, note, ids, column, noteId));
                }
            }
        } else {
            Map<Integer, FlowWriter> noteFlows = new TreeMap<>();
            for (Footnote note : doc.footnotes()) {
                FlowWriter flow = new FlowWriter();
                BlockLayouter noteBlocks = new BlockLayouter(styles, setter, measurer, images, flow, ids, queue)
                        .maxSlabHeight(area.textHeight() / 3).numbers(numbers);
                int noteId = ids.open(StructureRole.NOTE, 0);
                noteBlocks.layout(note.blocks(), noteFrame(column).within(noteId),
                        noteLabel(styles, note, ids, column, noteId));
                noteFlows.put(note.number(), flow);
            }
            // Taken after every note is queued, so helpers set notes while this thread sets what it must.
            noteFlows.forEach((number, flow) -> notes.put(number, flow.slabs()));
        }
        List<List<PageItem>> flowed;
        List<PageComposition> composition;
        if (theme.typography().balanceLastPage()) {
            LastPageBalancer balancer = new LastPageBalancer(area, notes, theme.rule());
            flowed = balancer.paginate(body.slabs());
            composition = balancer.composition();
        } else {
            Paginator paginator = new Paginator(area, notes, theme.rule());
            flowed = paginator.paginate(body.slabs());
            composition = paginator.composition();
        }
        if (contents != null) {
            flowed = contents.resolve(flowed);
        }
        MemoFurniture furniture = new MemoFurniture(styles, measurer, area, doc.metadata());
        List<Page> pages = new ArrayList<>(flowed.size());
        for (int i = 0; i < flowed.size(); i++) {
            // Furniture above the text area is painted first and below it last, so extracted text reads
            // banner, running header, body, footer.
            List<PageItem> items = new ArrayList<>();
            List<PageItem> below = new ArrayList<>();
            for (PageItem item : furniture.page(i + 1, flowed.size())) {
                (isAbove(item, area) ? items : below).add(item);
            }
            items.addAll(flowed.get(i));
            items.addAll(below);
            pages.add(new Page(i + 1, area.width(), area.height(), items));
        }
        return new LaidOutDocument(pages, ids.nodes(), composition);
    }

    private static boolean isAbove(PageItem item, PageArea area) {
        double y = item instanceof TextItem t ? t.baseline() : item instanceof RuleItem r ? r.y() : area.top();
        return y < area.top();
    }

    private static Column noteFrame(Column column) {
        return column.indented(14, Role.FOOTNOTE, StructureRole.FOOTNOTE);
    }

    private Label noteLabel(StyleSheet styles, Footnote note, BlockIds ids, Column column, int noteId) {
        ParagraphStyle s = styles.paragraph(Role.FOOTNOTE, StructureRole.FOOTNOTE_LABEL,
                ids.open(StructureRole.FOOTNOTE_LABEL, noteId));
        String text = Integer.toString(note.number());
        FontKey font = s.font().withItalic(false);
        Fragment f = new Fragment(measurer.shape(text, font), measurer.shape(" ", font), s.size(), s.linkColor(),
                StructureRole.FOOTNOTE_LABEL, s.blockId(), 0, "#fnref-" + note.number(), "fn-" + note.number(),
                false, 0);
        return new Label(f, column.left() + 10);
    }
}
