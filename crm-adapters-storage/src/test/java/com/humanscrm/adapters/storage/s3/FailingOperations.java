package com.humanscrm.adapters.storage.s3;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Answers the named S3 operations ({@code UploadPart}, {@code ListMultipartUploads}…) with an error of the given
 * status in place of what s3proxy answered. The operation still ran there: only the client is told it failed,
 * which is all the adapter can know of a service that refused it.
 */
final class FailingOperations implements ExecutionInterceptor {

    private static final String ERROR = "<Error><Code>Refused</Code><Message>refused for the test</Message></Error>";

    private final int status;
    private final Set<String> operations;

    FailingOperations(int status, String... operations) {
        this.status = status;
        this.operations = Set.of(operations);
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        return fails(attributes) ? context.httpResponse().toBuilder().statusCode(status).build() : context.httpResponse();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        return fails(attributes) ? Optional.of(new ByteArrayInputStream(ERROR.getBytes(StandardCharsets.UTF_8))) : context.responseBody();
    }

    private boolean fails(ExecutionAttributes attributes) {
        return operations.contains(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }
}
