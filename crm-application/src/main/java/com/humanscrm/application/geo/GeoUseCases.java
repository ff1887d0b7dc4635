package com.humanscrm.application.geo;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.domain.shared.RecordKind;

/** What can be done with the places clients are interested in, and with their expressions of interest. */
public record GeoUseCases(GeoInterestQueries places, FindOrCreateGeoInterest findOrCreate, DeleteGeoInterest delete,
                          ExpressionQueries expressions, CreateExpression express, ChangeExpressionNotes changeNotes,
                          DeleteExpression deleteExpression) {

    public static GeoUseCases over(GeoInterestRepository places, ExpressionRepository expressions, References references,
                                   Essentials core) {
        var uow = core.unitOfWork();
        var audit = core.audit();
        var clock = core.clock();
        var editor = new AggregateEditor<>(RecordKind.GEO_INTEREST_EXPRESSION, expressions, uow, audit);
        var findOrCreate = new FindOrCreateGeoInterest(places, uow, audit, clock);
        return new GeoUseCases(new GeoInterestQueries(places, expressions), findOrCreate,
                new DeleteGeoInterest(places, expressions, uow, audit), new ExpressionQueries(expressions),
                new CreateExpression(expressions, places, findOrCreate, references, uow, audit, clock),
                new ChangeExpressionNotes(editor, expressions, clock), new DeleteExpression(expressions, editor, uow, audit));
    }
}
