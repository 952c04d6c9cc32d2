package org.briefing.render.pdf.layout.flow;

import java.util.List;
import java.util.Map;
import org.briefing.bench.BenchDocuments;
import org.briefing.bench.StageSettings;
import org.briefing.model.Document;
import org.briefing.render.RenderJob;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.FirstFitLineBreaker;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.style.Role;
import org.briefing.style.Theme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Warm, steady-state cost of pagination alone, on the body's slabs of the seed ({@code copies=1}) or of copies
 * of its body. It lives in the flow package because slabs and the paginator are that stage's internals.
 */
public class PaginationBenchmark extends StageSettings {
    private Theme theme;
    private PageArea area;
    private List<Slab> slabs;

    @Setup(Level.Trial)
    public void setUp() {
        RenderJob job = BenchDocuments.job(copies);
        theme = job.theme();
        area = PageArea.of(theme.page());
        slabs = bodySlabs(job.document());
    }

    /** The body's flow, as the document layouter hands it to the paginator (front matter and notes left out). */
    private List<Slab> bodySlabs(Document doc) {
        FontLibrary fonts = new FontLibrary(theme);
        FlowWriter body = new FlowWriter();
        new BlockLayouter(new StyleSheet(theme), new ParagraphSetter(fonts, new FirstFitLineBreaker()), fonts,
                ImageSource.NONE, body, new BlockIds()).maxSlabHeight(area.textHeight())
                .layout(doc.blocks(), Column.full(area.left(), area.textWidth(), Role.BODY, StructureRole.PARAGRAPH),
                        null);
        return body.slabs();
    }

    @Benchmark
    public List<List<PageItem>> pagination() {
        return new Paginator(area, Map.of(), theme.rule()).paginate(slabs);
    }
}
