package org.cellpath.platform.learning.claim;

import org.springframework.core.io.InputStreamSource;

/**
 * A file offered as evidence, before it is checked. Nothing about it is trusted: its type is
 * read from its content, and its name only has to agree.
 *
 * @param fileName the name it came with
 * @param size its size in bytes as announced; the content is read no further than the limit
 * @param content its bytes (an uploaded multipart file is one)
 */
public record EvidenceUpload(String fileName, long size, InputStreamSource content) {
}
