package com.humanscrm.bootstrap.archfixture.adapters.storage;

import org.apache.tika.mime.MimeTypes;

/** A well-behaved storage adapter class: Tika belongs here (the rule must not flag it). */
public final class TikaPetPhotoTypes {

    MimeTypes mimeTypes;
}
