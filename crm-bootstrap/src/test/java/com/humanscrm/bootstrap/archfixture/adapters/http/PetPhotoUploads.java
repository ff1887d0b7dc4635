package com.humanscrm.bootstrap.archfixture.adapters.http;

import org.apache.tika.mime.MimeTypes;

/** Breaks "Tika stays in the storage adapter": a route sniffing uploads itself instead of through the port. */
public final class PetPhotoUploads {

    MimeTypes mimeTypes;
}
