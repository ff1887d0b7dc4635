package com.humanscrm.application.document;

/**
 * Tells what a file is from its first bytes, so that a document's content type never rests on what
 * the uploader's browser claimed.
 */
public interface ContentTypeDetector {

    /** How many leading bytes {@link #detect} wants; fewer are given when the file is shorter. */
    int bytesNeeded();

    /**
     * The media type of a file that starts with {@code head} ({@code application/octet-stream} when
     * nothing is recognised), without parameters. The name may refine what the bytes say (a ZIP named
     * {@code .docx} is a Word document), never contradict it.
     */
    String detect(byte[] head, String filename);
}
