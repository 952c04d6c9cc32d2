package org.briefing.read.source;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;

/** Measures a Flexmark tree without recursion, for assertions on the work the parser was given. */
final class FlexmarkDepth {
    private FlexmarkDepth() {
    }

    /** The most emphasis and strong-emphasis nodes on one path from the root. */
    static int emphasisDepth(Node root) {
        int max = 0;
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop() + (node instanceof Emphasis || node instanceof StrongEmphasis ? 1 : 0);
            max = Math.max(max, depth);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth);
            }
        }
        return max;
    }
}
