package org.cellpath.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a longer list, as every list of the API returns it.
 *
 * @param items what is on this page
 * @param page the page's number, from 0
 * @param size how many items a page holds
 * @param totalItems how many items there are on all pages
 * @param totalPages how many pages there are
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
		return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
