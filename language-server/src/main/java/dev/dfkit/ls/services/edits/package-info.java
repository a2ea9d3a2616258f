/** Text edits in LSP terms: dfkit edits made minimal, and the edits between two texts. */
package dev.dfkit.ls.services.edits;
