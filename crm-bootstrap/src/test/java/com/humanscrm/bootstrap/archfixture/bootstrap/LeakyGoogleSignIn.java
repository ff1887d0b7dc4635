package com.humanscrm.bootstrap.archfixture.bootstrap;

import com.google.api.client.http.GenericUrl;

/** Breaks "Google's client library stays in the HTTP adapter". */
public final class LeakyGoogleSignIn {

    GenericUrl authorizationEndpoint;
}
