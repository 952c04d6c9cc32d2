package org.briefing.model;

import java.util.List;

/** One item of a {@link ListBlock}: its blocks and, for task lists, whether it is checked. */
public record ListItem(TaskState task, List<Block> blocks) {
    public ListItem {
        task = task == null ? TaskState.NONE : task;
        blocks = List.copyOf(blocks);
    }

    /** Whether a list item is a task, and if so whether it is done. */
    public enum TaskState { NONE, OPEN, DONE }
}
