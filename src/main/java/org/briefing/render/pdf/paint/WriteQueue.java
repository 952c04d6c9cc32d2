package org.briefing.render.pdf.paint;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.cos.COSBase;

/**
 * PDFBox's queue of objects waiting to be written, with membership answered from a count per object
 * instead of a scan: {@code COSWriter} asks "already queued?" before queueing each new object, and on an
 * {@link ArrayDeque} that scan made saving quadratic in the number of pending objects (thousands of
 * footnotes or list items each leave structure elements, annotations and marked-content references queued
 * side by side). Order and answers are the deque's own, so the file's bytes do not change.
 */
final class WriteQueue extends ArrayDeque<COSBase> {
    private static final long serialVersionUID = 1L;

    /** How many times each queued object is in the queue (equality as {@link ArrayDeque#contains} uses). */
    private final transient Map<Object, Integer> counts = new HashMap<>();
    private transient long membershipQueries;

    @Override
    public void addFirst(COSBase object) {
        super.addFirst(object);
        counted(object, 1);
    }

    @Override
    public void addLast(COSBase object) {
        super.addLast(object);
        counted(object, 1);
    }

    @Override
    public COSBase pollFirst() {
        return counted(super.pollFirst(), -1);
    }

    @Override
    public COSBase pollLast() {
        return counted(super.pollLast(), -1);
    }

    @Override
    public boolean removeFirstOccurrence(Object object) {
        boolean removed = super.removeFirstOccurrence(object);
        if (removed) {
            counted(object, -1);
        }
        return removed;
    }

    @Override
    public boolean removeLastOccurrence(Object object) {
        boolean removed = super.removeLastOccurrence(object);
        if (removed) {
            counted(object, -1);
        }
        return removed;
    }

    @Override
    public boolean contains(Object object) {
        membershipQueries++;
        return object != null && counts.containsKey(object);
    }

    @Override
    public void clear() {
        super.clear();
        counts.clear();
    }

    // Bulk removal and removal through an iterator bypass the counts; COSWriter uses neither.
    @Override
    public boolean removeIf(Predicate<? super COSBase> filter) {
        throw new UnsupportedOperationException("the write queue removes only from its ends");
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException("the write queue removes only from its ends");
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException("the write queue removes only from its ends");
    }

    @Override
    public Iterator<COSBase> iterator() {
        Iterator<COSBase> inner = super.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public COSBase next() {
                return inner.next();
            }
        };
    }

    /** How often the writer asked whether an object was queued: each answer costs one hash look-up. */
    long membershipQueries() {
        return membershipQueries;
    }

    private COSBase counted(Object object, int delta) {
        if (object != null) {
            counts.merge(object, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
        return (COSBase) object;
    }
}
