package org.publod.serve;

import java.util.List;

/**
 * Which page of a list a request asks for ({@code ?page=N}, from 1) and how many entries a page holds. Lists are
 * read a page at a time, with a stable order, so no page loads the whole list.
 *
 * @param number the page, from 1
 * @param size the entries per page
 */
record Paging(int number, int size) {
    /** Entries per page unless the server is configured otherwise. */
    static final int DEFAULT_SIZE = 50;
    /** The furthest page a request may ask for: deeper pages cost more, and no reader pages that far. */
    static final int LAST_PAGE = 10_000;

    Paging {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one entry: " + size);
        }
        number = Math.max(1, Math.min(number, LAST_PAGE));
    }

    /** The page that {@code ?page=} names; the first when it is missing or not a number. */
    static Paging of(String page, int size) {
        int number = 1;
        if (page != null && page.matches("\\d{1,6}")) {
            number = Integer.parseInt(page);
        }
        return new Paging(number, size);
    }

    long offset() {
        return (long) (number - 1) * size;
    }

    /** One row more than the page holds: whether it comes back says whether there is a next page. */
    long probe() {
        return size + 1L;
    }

    /** The rows of this page from rows read with {@link #probe()}, and whether another page follows. */
    <T> Slice<T> slice(List<T> rows) {
        return new Slice<>(rows.subList(0, Math.min(size, rows.size())), rows.size() > size, this);
    }

    /**
     * One page of a list.
     *
     * @param items the entries on this page
     * @param hasNext whether a next page has entries
     * @param paging which page this is
     * @param <T> the entries' type
     */
    record Slice<T>(List<T> items, boolean hasNext, Paging paging) {
        Slice {
            items = List.copyOf(items);
        }

        /** The first entry's position in the whole list, from 1. */
        long first() {
            return paging.offset() + 1;
        }

        /** The links to the previous and next pages of {@code address} (a URL with its other parameters). */
        Pager pager(String address) {
            String separator = address.contains("?") ? "&" : "?";
            String previous = paging.number() <= 1 ? "" : paging.number() == 2 ? address
                    : address + separator + "page=" + (paging.number() - 1);
            String next = hasNext ? address + separator + "page=" + (paging.number() + 1) : "";
            return new Pager(paging.number(), previous, next, items.isEmpty() ? "" : first() + "–"
                    + (first() + items.size() - 1));
        }
    }

    /**
     * The links between pages, as a page shows them ({@code rel="prev"} and {@code rel="next"}).
     *
     * @param number this page's number
     * @param previous the previous page, or empty on the first
     * @param next the next page, or empty on the last
     * @param range which entries this page shows ("51–100"), or empty
     */
    record Pager(int number, String previous, String next, String range) {
        /** Whether there is more than this page (for the template, which has no logic). */
        boolean isPaged() {
            return !previous.isEmpty() || !next.isEmpty();
        }
    }
}
