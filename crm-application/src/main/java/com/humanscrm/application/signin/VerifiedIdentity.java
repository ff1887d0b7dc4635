package com.humanscrm.application.signin;

import java.util.Objects;

/**
 * Who an ID token whose signature, issuer, audience and expiry have been verified says the person is.
 *
 * @param subject the provider's stable id for the account
 * @param hostedDomain the Google Workspace domain of the account, {@code null} for a consumer account
 * @param nonce as the token carries it, {@code null} when it carries none
 * @param pictureUrl may be {@code null}
 */
public record VerifiedIdentity(String subject, String email, boolean emailVerified, String hostedDomain, String nonce,
                               String pictureUrl) {
    public VerifiedIdentity {
        Objects.requireNonNull(subject, "subject");
    }
}
