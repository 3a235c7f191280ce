package nl.onderwijsregio.ketenregie.demo;

import static nl.onderwijsregio.ketenregie.identity.Groups.bestuur;
import static nl.onderwijsregio.ketenregie.identity.Groups.opleiding;
import static nl.onderwijsregio.ketenregie.identity.Groups.school;

import java.util.List;
import nl.onderwijsregio.ketenregie.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo staff, one or more per role, all with password "demo" (listed in the README). Invented people;
 * real besturen with invented schools. Only in the demo profile; see DemoProfileGuard.
 */
@Component
@Profile("demo")
class DemoUsers {

    static final String PASSWORD = "demo";
    private static final String UTRECHT = "utrecht-stad";
    private static final String MIDDEN_NEDERLAND = "midden-nederland";

    record DemoUser(String id, String firstName, String lastName, List<String> regions, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("kr.utrecht", "Marloes", "Verhoef", List.of(UTRECHT), List.of(Groups.KETENREGISSEUR)),
            // A colleague in the same region, to hand tasks to ("toewijzen aan...").
            new DemoUser("kr2.utrecht", "Daan", "Kuipers", List.of(UTRECHT), List.of(Groups.KETENREGISSEUR)),
            new DemoUser("kr.mnl", "Joost", "van Leeuwen", List.of(MIDDEN_NEDERLAND), List.of(Groups.KETENREGISSEUR)),
            new DemoUser("so.spo.overvecht", "Fatima", "El Amrani", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("spo-zonnewijzer"))),
            new DemoUser("so.ksu.leidscherijn", "Pieter", "Bosman", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("ksu-regenboog"))),
            new DemoUser("so.mnl.amersfoort", "Ilse", "Brouwer", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.SCHOOLOPLEIDER, school("eemland-college"))),
            new DemoUser("hr.spo", "Kees", "Jansen", List.of(UTRECHT), List.of(Groups.HR, bestuur("spo-utrecht"))),
            new DemoUser("hr.ksu", "Nadia", "Bakker", List.of(UTRECHT), List.of(Groups.HR, bestuur("ksu"))),
            new DemoUser("hr.mnl", "Ruud", "Hendriks", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.HR, bestuur("vo-eemland"))),
            // A schoolopleider for every other demo school and HR for every other demo bestuur, so that no
            // task of a demo candidate waits in a group without anybody in it (DemoStaffCoverageTest).
            new DemoUser("so.spo.kanaleneiland", "Youssef", "Ait Taleb", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("spo-kompas"))),
            new DemoUser("so.spo.zuidwest", "Marieke", "Dekker", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("spo-vlinderboom"))),
            new DemoUser("so.ksu.west", "Bas", "van Vliet", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("ksu-sint-maarten"))),
            new DemoUser("so.pcou.noordwest", "Esther", "Kuiper", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("pcou-morgenster"))),
            new DemoUser("so.nuovo.domstad", "Ahmed", "Benali", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("nuovo-domstad"))),
            new DemoUser("so.mbo.zorg", "Linda", "Vos", List.of(UTRECHT),
                    List.of(Groups.SCHOOLOPLEIDER, school("mbo-utrecht-zorg"))),
            new DemoUser("so.mnl.eem", "Jeroen", "Kok", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.SCHOOLOPLEIDER, school("eemland-lyceum"))),
            new DemoUser("so.mnl.techniek", "Sandra", "Willems", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.SCHOOLOPLEIDER, school("roc-mn-techniek"))),
            new DemoUser("so.mnl.tiel", "Wouter", "de Haan", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.SCHOOLOPLEIDER, school("rivierenland-college"))),
            new DemoUser("hr.pcou", "Priya", "Ramdin", List.of(UTRECHT), List.of(Groups.HR, bestuur("pcou-willibrord"))),
            new DemoUser("hr.nuovo", "Gerrit", "Postma", List.of(UTRECHT), List.of(Groups.HR, bestuur("nuovo"))),
            new DemoUser("hr.mbo", "Naima", "Chaouch", List.of(UTRECHT), List.of(Groups.HR, bestuur("mbo-utrecht"))),
            new DemoUser("hr.roc.mnl", "Frank", "Meijer", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.HR, bestuur("roc-midden-nederland"))),
            new DemoUser("hr.rivierenland", "Ingrid", "Koster", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.HR, bestuur("vo-rivierenland"))),
            new DemoUser("lo.uu", "Maarten", "Smits", List.of(UTRECHT, MIDDEN_NEDERLAND),
                    List.of(Groups.LERARENOPLEIDING, opleiding("uu-gst"))),
            new DemoUser("lo.hu", "Anouk", "Visser", List.of(UTRECHT, MIDDEN_NEDERLAND),
                    List.of(Groups.LERARENOPLEIDING, opleiding("hu"))),
            new DemoUser("lo.marnix", "Thomas", "Mulder", List.of(UTRECHT),
                    List.of(Groups.LERARENOPLEIDING, opleiding("marnix"))),
            new DemoUser("gf.commissie", "Henk", "van Dijk", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.GARANTIEFONDS_COMMISSIE)),
            // A second member: grants above the four-eyes limit need someone else to confirm them.
            new DemoUser("gf.commissie2", "Sanne", "de Boer", List.of(MIDDEN_NEDERLAND),
                    List.of(Groups.GARANTIEFONDS_COMMISSIE)),
            new DemoUser("kw.utrecht", "Lotte", "Smit", List.of(UTRECHT), List.of(Groups.WERKGROEP_KWALITEIT)),
            new DemoUser("kw.mnl", "Gert", "Vos", List.of(MIDDEN_NEDERLAND), List.of(Groups.WERKGROEP_KWALITEIT)),
            // Coordinators of the Samen Opleiden partnerships: they fill in their partnership's self-evaluation.
            new DemoUser("pc.utrecht.po", "Yasmina", "Haddou", List.of(UTRECHT), List.of(Groups.partnerschap("utrecht-po"))),
            new DemoUser("pc.utrecht.vo", "Wouter", "Dekker", List.of(UTRECHT), List.of(Groups.partnerschap("utrecht-vo"))),
            new DemoUser("pc.utrecht.mbo", "Esther", "Kok", List.of(UTRECHT), List.of(Groups.partnerschap("utrecht-mbo"))),
            new DemoUser("pc.mnl.vo", "Bart", "Meijer", List.of(MIDDEN_NEDERLAND), List.of(Groups.partnerschap("mnl-vo"))),
            new DemoUser("pc.mnl.mbo", "Linda", "Schouten", List.of(MIDDEN_NEDERLAND), List.of(Groups.partnerschap("mnl-mbo"))),
            new DemoUser("mgmt.utrecht", "Erik", "de Graaf", List.of(UTRECHT), List.of(Groups.MANAGEMENT)),
            new DemoUser("mgmt.mnl", "Monique", "Peters", List.of(MIDDEN_NEDERLAND), List.of(Groups.MANAGEMENT)),
            new DemoUser("privacy.utrecht", "Ilse", "Verbeek", List.of(UTRECHT), List.of(Groups.PRIVACY)),
            new DemoUser("admin", "Bram", "Beheer", List.of(UTRECHT, MIDDEN_NEDERLAND), List.of(Groups.CAMUNDA_ADMIN)));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Runs after IdentitySetup has created tenants and groups. */
    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    public void create() {
        USERS.forEach(this::create);
    }

    private void create(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.ketenregie.nl");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
        demo.regions().forEach(region -> identityService.createTenantUserMembership(region, demo.id()));
    }
}
