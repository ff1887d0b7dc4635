package com.humanscrm.application.colleague;

import com.humanscrm.application.shared.Essentials;

/** What admins do with colleagues. */
public record ColleagueUseCases(ColleagueQueries queries, AddColleague add, ChangeColleague change) {

    public static ColleagueUseCases over(ColleagueRepository colleagues, Essentials core) {
        return new ColleagueUseCases(new ColleagueQueries(colleagues),
                new AddColleague(colleagues, core.unitOfWork(), core.audit(), core.clock()),
                new ChangeColleague(colleagues, core.unitOfWork(), core.audit(), core.clock()));
    }
}
