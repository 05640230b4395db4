/** What each template prints, decided in Java: links, labels, neighbours and counterparts per page. */
package org.whytheyleft.view;
