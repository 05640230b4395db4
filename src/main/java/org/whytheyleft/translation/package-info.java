/** Adding a language and keeping its pages in step with their sources: the commands and the translation status. */
package org.whytheyleft.translation;
