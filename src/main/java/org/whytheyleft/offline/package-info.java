/** The offline edition of each language: the whole story in one self-contained HTML file that requests nothing. */
package org.whytheyleft.offline;
