/**
 * The reader's first stage, on the raw text before anything is parsed: forbidden characters removed, the YAML
 * front matter split off, and the guard rails that bound the body's hostile shapes (lists nested on one line,
 * deep emphasis, very long paragraphs and wide tables) with the line map back to the file. Knows no Flexmark;
 * its public surface is {@link org.briefing.read.source.PreparedSource} and the nesting limit the later
 * stages share ({@link org.briefing.read.source.Nesting}).
 */
package org.briefing.read.source;
