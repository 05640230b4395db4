package org.whytheyleft.translation;

/**
 * A language command would not do what it was asked, and wrote nothing: the message says why and what to do, in
 * one or a few lines, which Maven prints as the reason the command failed.
 */
public final class Refused extends Exception {

    public Refused(String reason) {
        super(reason, null, false, false);
    }
}
