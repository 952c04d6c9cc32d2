/**
 * The pipeline between reader, theme and renderers: strict UTF-8 sources, images sandboxed to the
 * source's folder, reproducible timestamps, atomic output files and parallel batch builds.
 */
package org.briefing.app;
