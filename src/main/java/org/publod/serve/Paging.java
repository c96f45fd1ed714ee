package org.publod.serve;

import java.util.List;

/**
 * Which page of a list a request asks for ({@code ?page=N}, from 1) and how many entries a page holds (the server's
 * page size, or {@code ?size=N} up to {@value #LARGEST_SIZE}). Lists are read a page at a time, with a stable order,
 * so no page loads the whole list.
 *
 * @param number the page, from 1
 * @param size the entries per page
 * @param sizeAsked whether the request chose the size, which the links to other pages then keep
 */
record Paging(int number, int size, boolean sizeAsked) {
    /** Entries per page unless the server is configured otherwise. */
    static final int DEFAULT_SIZE = 50;
    /** The most entries a request may ask a page to hold. */
    static final int LARGEST_SIZE = 100;
    /** The furthest page a request may ask for: deeper pages cost more, and no reader pages that far. */
    static final int LAST_PAGE = 10_000;

    Paging {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one entry: " + size);
        }
        number = Math.max(1, Math.min(number, LAST_PAGE));
    }

    /** A page of the server's size. */
    Paging(int number, int size) {
        this(number, size, false);
    }

    /**
     * The page that {@code ?page=} names (the first when it is missing or not a number), of the size {@code ?size=}
     * names when it is a number from 1 to {@value #LARGEST_SIZE}, else of {@code defaultSize}.
     */
    static Paging of(String page, String size, int defaultSize) {
        int number = 1;
        if (page != null && page.matches("\\d{1,6}")) {
            number = Integer.parseInt(page);
        }
        if (size != null && size.matches("\\d{1,3}")) {
            int asked = Integer.parseInt(size);
            if (asked >= 1 && asked <= LARGEST_SIZE) {
                return new Paging(number, asked, true);
            }
        }
        return new Paging(number, defaultSize);
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
            String sized = paging.sizeAsked() ? address + (address.contains("?") ? "&" : "?") + "size="
                    + paging.size() : address;
            String separator = sized.contains("?") ? "&" : "?";
            String previous = paging.number() <= 1 ? "" : paging.number() == 2 ? sized
                    : sized + separator + "page=" + (paging.number() - 1);
            String next = hasNext ? sized + separator + "page=" + (paging.number() + 1) : "";
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
