/**
 * A thin, located view of YAML (SnakeYAML Engine) for front matter and themes: every value knows
 * its file, line and column so that errors can point at it. SnakeYAML types stay in this package.
 */
package org.briefing.yaml;
