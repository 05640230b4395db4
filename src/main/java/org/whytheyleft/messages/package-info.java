/** The user-visible strings of templates and generated files, one bundle per language, read once for every stage. */
package org.whytheyleft.messages;
