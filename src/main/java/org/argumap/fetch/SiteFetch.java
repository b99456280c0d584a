package org.argumap.fetch;

/** How one kind of site gives a whole thread, over as many requests as it takes. */
interface SiteFetch {
    FetchedAnswers fetch(ThreadLink link, JsonGetter get) throws FetchException;
}
