package com.humanscrm.application.human;

import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Essentials;

/** What can be done with humans and their emails and phone numbers. */
public record HumanUseCases(HumanQueries queries, CreateHuman create, ChangeHuman change, DeleteHuman delete,
                            AddHumanEmail addEmail, ChangeHumanEmail changeEmail, RemoveHumanEmail removeEmail,
                            AddHumanPhone addPhone, ChangeHumanPhone changePhone, RemoveHumanPhone removePhone) {

    public static HumanUseCases over(HumanRepository humans, Labels labels, DocumentRemoval documents, Essentials core) {
        var uow = core.unitOfWork();
        var audit = core.audit();
        var clock = core.clock();
        return new HumanUseCases(new HumanQueries(humans), new CreateHuman(humans, labels, uow, audit, clock),
                new ChangeHuman(humans, uow, audit, clock), new DeleteHuman(humans, uow, audit, documents),
                new AddHumanEmail(humans, labels, uow, audit, clock), new ChangeHumanEmail(humans, labels, uow, audit, clock),
                new RemoveHumanEmail(humans, uow, audit, clock),
                new AddHumanPhone(humans, labels, uow, audit, clock), new ChangeHumanPhone(humans, labels, uow, audit, clock),
                new RemoveHumanPhone(humans, uow, audit, clock));
    }
}
