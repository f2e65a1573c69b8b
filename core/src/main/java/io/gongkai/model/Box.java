package io.gongkai.model;

/**
 * Where a piece of text sits on a page, in PDF points from the top-left corner.
 *
 * @param page 1-based page number
 */
public record Box(int page, double x, double y, double width, double height) {
}
