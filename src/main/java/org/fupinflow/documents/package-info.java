/**
 * What the officials download and the public reads, in one style: the workbooks' typed cells, print set-up and
 * signature block ({@link org.fupinflow.documents.SheetCells}, {@link org.fupinflow.documents.Signatories}), the
 * download headers ({@link org.fupinflow.documents.Downloads}) and the anonymous public boards' pages
 * ({@link org.fupinflow.documents.PublicPages}).
 */
package org.fupinflow.documents;
