/**
 * The reader's second stage: Flexmark configured for CommonMark with the GFM extensions and smart typography,
 * with the workarounds that keep its inline parser and autolinker linear on long paragraphs. Its public
 * surface is {@link org.briefing.read.parse.FlexmarkParser}; it depends on no other reader stage.
 */
package org.briefing.read.parse;
