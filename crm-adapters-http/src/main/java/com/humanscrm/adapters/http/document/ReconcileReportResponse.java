package com.humanscrm.adapters.http.document;

import com.humanscrm.application.document.ReconcileDocumentBlobs;

/** What a run of the document reconciler found: blobs examined, left alone for being too young, removed. */
record ReconcileReportResponse(long examined, long tooYoung, long removed) {

    static ReconcileReportResponse from(ReconcileDocumentBlobs.Report report) {
        return new ReconcileReportResponse(report.examined(), report.tooYoung(), report.removed());
    }
}
