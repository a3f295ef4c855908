using Nhp.Committees;
using NodaTime;

namespace Nhp.Datasets.CityOfLondon.Committees;

/// <summary>
/// The Strategic Planning &amp; Performance (Police) Committee pack of 22 February 2024: the meeting, its agenda as
/// printed (parts, items, reports, purposes and the printed pages) and the papers' front sheets, summaries and
/// recommendations as written. Items whose main report the library renders name that report (performance, delivery
/// plan, crime data integrity, engagement); the HMICFRS, PEEL and modern slavery papers keep their front sheets with
/// no main report, and the outstanding references, which have no front sheet in the pack, have one made from the
/// agenda's words.
/// </summary>
public static class CityOfLondonCommittees
{
    private const string Committee = "Strategic Planning and Performance Committee";
    private const string Commissioner = "Commissioner of Police";
    private const string ReportOfCommissioner = "Report of the Commissioner.";

    private static readonly LocalDate MeetingDate = new(2024, 2, 22);

    /// <summary>The Q3 Policing Plan Performance paper (Pol 20-24), whose main report is the <c>performance</c> report.</summary>
    public static Paper PerformancePaper { get; } = new()
    {
        FrontSheet = Sheet("Q3 Policing Plan Performance 2023-24", "Pol 20-24", "Claire Flinter (Head of Business Information)", "1"),
        Summary =
        [
            "This report provides a performance assessment against the measures in the Policing Plan for Q3 2023-24 (1st October to 31st December 2023).",
            "1. The Policing Plan has three operational priorities:\na. Keep those who live, work and visit the city safe and feeling safe.\nb. Protect the UK from the threat of economic and cybercrime.\nc. Put the victim at the heart of everything we do.",
            "2. The Policing Plan has three organisational priorities:\na. Our People\nb. Our Resources\nc. Efficiency & Effectiveness",
            "3. A refresh of the Policing Plan was undertaken in 2022, and the previous measures have been adapted to give a strategic oversight of performance to Members. These measures were agreed at the Strategic Planning & Performance Committee In February 2023. This report assesses performance by reviewing the data trend associated with the measure, providing some analysis of the reason for the trend, and what action is being taken to achieve the performance measure.",
        ],
        Recommendations = ["Members are asked to note the report."],
        MainReport = "performance",
        Appendices = [new PaperAppendix("Appendix 1 – Policing Plan Measures 23-24-Crime and ASB Summary")],
    };

    /// <summary>The Neighbourhood Policing Strategy Delivery Plan paper (Pol 23-24), whose main report is the <c>delivery-plan</c> report.</summary>
    public static Paper DeliveryPlanPaper { get; } = new()
    {
        FrontSheet = Sheet("Neighbourhood Policing Strategy Delivery Plan", "Pol 23-24", "Rob Atkin, T/Commander, Operations and Security", "People are Safe and Feel Safe"),
        Summary =
        [
            "The City of London Police presented the Neighbourhood Policing (NHP) Strategy to the September 2023 Strategic Planning and Performance Committee (SPPC) and October Police Authority Board (PAB).",
            "An Outstanding Reference (Action) was issued at the September SPPC, for CoLP to bring the delivery plan and performance framework back to the February 2024 SPPC.",
            "The Delivery Plan is attached and outlines objectives, deliverables, current status, RAG rating and timelines.",
            "There are already appropriate Neighbourhood Policing performance measures included in the agreed Policing Plan Measures, and these were agreed by this Committee and are reported to this Committee on a quarterly basis. However, the Force will look to include measures on Dedicated Ward Officer availability and problem solving to commence in the new performance year from 1st April 2024. These will continue to be reported on, as part of the aforementioned regular Policing Plan Performance Measure updates to this Committee.",
        ],
        Recommendations = ["Members are asked to note the report."],
        MainReport = "delivery-plan",
        Appendices = [new PaperAppendix("Appendix 1 – NHP Strategy- Delivery Plan (this is a CoLP working document and therefore contains a number of policing acronyms).")],
        Contacts = [new ContactOfficer("Rob Atkin", "T/Commander\nOperations and Security")],
    };

    /// <summary>The Crime Data Integrity Review paper (Pol 24-24), whose main report is the <c>crime-data-integrity</c> report.</summary>
    public static Paper CrimeDataIntegrityPaper { get; } = new()
    {
        FrontSheet = Sheet("Crime Data Integrity Review", "Pol 24-24", "Brett McKenna, Head of Strategy & Planning", "1"),
        Summary =
        [
            "A review of crime data integrity has found that:",
            "- The crime recording culture in the City of London is generally good amongst supervisors\n- Sexual offence recording compliance is high\n- The City of London's crime transfer process is robust\n- Improvement could be made in recording of anti-social behaviour incidents\n- City of London Police needs to review and refresh training and support for frontline staff and supervisors in the recording of crime\n- Improvements are required in the recording of violence related offences and consistency of application of Home Office Mandated crime flags.",
            "The review has made 8 recommendations to improve crime data integrity.",
        ],
        Recommendations = ["It is recommended that Members note the report."],
        MainReport = "crime-data-integrity",
        Appendices = [new PaperAppendix("Appendix 1- Crime data recording and integrity overview"), new PaperAppendix("Appendix 2 – Recommendations")],
        Contacts = [new ContactOfficer("Brett McKenna", "Head of Strategy & Planning", "brett.mckenna@cityoflondon.police.uk")],
    };

    /// <summary>The Improving communications and engagement paper (joint report), whose main report is the <c>engagement</c> report.</summary>
    public static Paper EngagementPaper { get; } = new()
    {
        FrontSheet = new FrontSheet
        {
            Committees =
            [
                new PaperCommittee("Strategic Planning & Performance (Police) Committee – For information", MeetingDate, "22 February 2024"),
                new PaperCommittee("Police Authority Board – For Information", new LocalDate(2024, 3, 6), "6 March 2024"),
            ],
            Subject = "Improving communications and engagement on crime and policing",
            CorporatePlanOutcomes = "1, 4, 12",
            Funding = new FundingQuestions("N", "£-", "N/A", "N/A"),
            ReportOfLabel = "Joint report of",
            ReportOf = "Commissioner of Police & the Police Authority Director",
            Purpose = PaperPurpose.Discussion,
            Author = "Emma Cunnington, Head of Strategy and Planning. Richard Riley, Police Authority Director.",
        },
        Summary = ["This paper sets out a joint plan to improve communications and engagement with City communities. It provides a brief background on our legal obligations and current engagement panel structures and sets out a focus on widening engagement and improving coordination and collaboration. It outlines some ideas for changing how we run our engagement panels to achieve these aims including restructuring the cluster model or building into other engagement forums."],
        Recommendations = ["Members are asked to:", "Note this report and discuss the options"],
        MainReport = "engagement",
        Appendices = [new PaperAppendix("Appendix 1 – Detailed plans to improve engagement panels")],
        Contacts =
        [
            new ContactOfficer("Emma Cunnington", "Head of Strategy & Planning, City of London Police", "emma.cunnington@cityoflondon.police.uk"),
            new ContactOfficer("Richard Riley", "Director, City of London Police Authority", "richard.riley@cityoflondon.gov.uk"),
        ],
    };

    /// <summary>The Quarterly HMICFRS Inspections Update (Pol 21-24): front sheet and summary; the library does not render its main report.</summary>
    public static Paper HmicfrsPaper { get; } = new()
    {
        FrontSheet = Sheet("Quarterly HMICFRS Inspections Update", "Pol 21-24", "Brett McKenna, Head of Strategy & Planning", "1"),
        Summary = ["This quarterly report provides an overview of His Majesty's Inspectorate of Constabulary and Fire and Rescue Service (HMICFRS) related activity since the last update to your Committee in November 2023."],
        Recommendations = ["Members are asked to note the report."],
        Contacts = [new ContactOfficer("Brett McKenna", "Head of Strategy & Planning", "brett.mckenna@cityoflondon.police.uk")],
    };

    /// <summary>The HMICFRS Update on PEEL Inspection (Pol 22-24): front sheet and summary; the library does not render its main report.</summary>
    public static Paper PeelPaper { get; } = new()
    {
        FrontSheet = Sheet("HMICFRS Update on PEEL Inspection 'Requires Improvements'", "Pol 22-24", "Brett McKenna, Head of Strategy & Planning", "1"),
        Summary = ["This report provides Members with an update on the areas identified in the last PEEL Inspection as 'Requires Improvement' since the last update to the September 2023 Committee."],
        Recommendations = ["Members are asked to note the report."],
        Contacts = [new ContactOfficer("Brett McKenna", "Head of Strategy & Planning.", "brett.mckenna@cityoflondon.police.uk")],
    };

    /// <summary>The Modern Day Slavery and Human Trafficking update (Pol 25-24): front sheet and summary; the library does not render its main report.</summary>
    public static Paper ModernSlaveryPaper { get; } = new()
    {
        FrontSheet = Sheet(
            "Modern Day Slavery and Human Trafficking update",
            "Pol 25-24",
            "Amanda Horsburgh, Detective Chief Superintendent, Specialist Operations; Claire Flinter Head of Business Information (Data)",
            "People are safe and feel safe"),
        Summary =
        [
            "At the November Strategic Planning and Performance Committee (SPPC), Members requested an update on the City of London Police (CoLP) threat, demand and response in relation to Modern Day Slavery and Human Trafficking (MDSHT). This report is provided in response to that request.",
            "Data, analysis timeframe runs to end Q3 (December) 2023-24.",
            "Key points:",
            "- There is comparatively low volumes of this crime type in the City of London.\nMDSHT currently accounts for 0.13% of crime within the City of London compared to the national average of all other forces at 0.24%\n- CoLP is working to improve the intelligence picture with proactive intelligence gathering in partnership with other forces in the region.\n- CoLP is working to build capability within Local Policing and Investigators.\n- MDSHT often emerges when investigating other crime types such as Drug dealing. CoLP has an ongoing investigation whereby the CPS authorised charges for three subjects from an investigation into drug offences, money laundering and now MDSHT\n- More males report being a victim of MDSHT at 76% (n=31).\n- Among the victims who declared their ethnicity, White North European victims are the largest group at 43% (n=18)\n- 60% of MDSHT offences end with 'outcome 18': Investigation complete no suspect identified and 24% have 'outcome 14': Victim declines/unable to support action to identify offender.\n- There has been 1 charge since 2019.",
            "CoLP continues to improve its understanding of and response to MDSHT.",
        ],
        Recommendations = ["Members are asked to note the report."],
        Contacts = [new ContactOfficer("Amanda Horsburgh", "Detective Chief Superintendent Specialist Operations City of London Police")],
    };

    /// <summary>
    /// The public outstanding references (item 4). The pack prints them as a table with no front sheet; this front sheet
    /// is made from the agenda's words (joint report of the Town Clerk and Commissioner, for information), and leaves
    /// blank what the agenda does not say (funding, reference, author).
    /// </summary>
    public static Paper OutstandingReferencesPaper { get; } = new()
    {
        FrontSheet = new FrontSheet
        {
            Committees = [new PaperCommittee(Committee, MeetingDate, "22 February 2024")],
            Subject = "Public Outstanding References",
            Funding = new FundingQuestions(null, null, null, null),
            ReportOfLabel = "Joint report of",
            ReportOf = "Town Clerk and Commissioner",
            Purpose = PaperPurpose.Information,
        },
    };

    /// <summary>The pack of 22 February 2024 (declared after the papers, which it files by item).</summary>
    public static CommitteePack February2024Pack { get; } = BuildPack();

    private static FrontSheet Sheet(string subject, string reference, string author, string outcomes) => new()
    {
        Committees = [new PaperCommittee(Committee, MeetingDate, "22 February 2024")],
        Subject = subject,
        CorporatePlanOutcomes = outcomes,
        ReportOf = Commissioner,
        Reference = reference,
        Purpose = PaperPurpose.Discussion,
        Author = author,
    };

    private static AgendaItem Item(string number, string title, PaperPurpose? purpose = null, int? first = null, int? last = null, string? reportOf = ReportOfCommissioner, string? description = null) => new()
    {
        Number = number,
        Title = title,
        ReportOf = reportOf,
        Purpose = purpose,
        Pages = first is { } f && last is { } l ? new PageRange(f, l) : null,
        Description = description,
    };

    private static CommitteePack BuildPack() => new()
    {
        Meeting = new Meeting
        {
            Committee = "Strategic Planning & Performance (Police) Committee",
            Date = MeetingDate,
            Time = new LocalTime(11, 0),
            Venue = "COMMITTEE ROOMS, GUILDHALL",
            Members =
            [
                new CommitteeMember("Tijs Broeke", MemberRole.Chair),
                new CommitteeMember("Andrew Lentin", MemberRole.DeputyChair),
                new CommitteeMember("Munsur Ali"),
                new CommitteeMember("Deborah Oliver"),
                new CommitteeMember("Alderman Timothy Hailes"),
                new CommitteeMember("Deputy James Thomson"),
                new CommitteeMember("Helen Fentimen"),
                new CommitteeMember("Melissa Collett"),
                new CommitteeMember("Adrian Hanstock", MemberRole.ExternalMember),
                new CommitteeMember("John Griffiths"),
                new CommitteeMember("Jason Groves"),
            ],

            // As printed: the address has a space where a dot would be expected.
            Enquiries = new ContactOfficer("Kezia Barrass", Email: "Kezia Barrass@cityoflondon.gov.uk"),
        },
        Parts =
        [
            new AgendaPart("Part 1 - Public Agenda", true,
            [
                Item("1", "APOLOGIES", reportOf: null),
                Item("2", "MEMBERS' DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF ITEMS ON THE AGENDA", reportOf: null),
                Item("3", "MINUTES", PaperPurpose.Decision, 5, 10, reportOf: null, description: "To agree the public minutes and non-public summary of the meeting held on 23 November 2023."),
                Item("4", "PUBLIC OUTSTANDING REFERENCES", PaperPurpose.Information, 11, 12, reportOf: "Joint report of the Town Clerk and Commissioner."),
                Item("5", "SUBJECT: Q3 POLICING PLAN PERFORMANCE 2023-24", PaperPurpose.Discussion, 13, 30),
                Item("6", "QUARTERLY HMICFRS INSPECTIONS UPDATE", PaperPurpose.Discussion, 31, 34),
                Item("7", "HMICFRS UPDATE ON PEEL INSPECTION 'REQUIRES IMPROVEMENTS'", PaperPurpose.Discussion, 35, 40),

                // As printed: no purpose and no pages (the pages between 40 and 47 are this item's).
                Item("8", "IMPROVING COMMUNICATIONS AND ENGAGEMENT ON CRIME AND POLICING"),
                Item("9", "NEIGHBOURHOOD POLICING STRATEGY DELIVERY PLAN", PaperPurpose.Discussion, 47, 60),
                Item("10", "CRIME DATA INTEGRITY REVIEW", PaperPurpose.Discussion, 61, 68),
                Item("11", "MODERN DAY SLAVERY AND HUMAN TRAFFICKING UPDATE", PaperPurpose.Discussion, 69, 76),
                Item("12", "QUESTIONS ON MATTERS RELATING TO THE WORK OF THE COMMITTEE", reportOf: null),
                Item("13", "ANY OTHER BUSINESS THAT THE CHAIR CONSIDERS URGENT", reportOf: null),
                Item("14", "EXCLUSION OF THE PUBLIC", PaperPurpose.Decision, reportOf: null,
                    description: "MOTION - That under Section 100(A) of the Local Government Act 1972, the public be excluded from the meeting for the following items on the grounds that they involve the likely disclosure of exempt information as defined in Part I of the Schedule 12A of the Local Government Act."),
            ]),
            new AgendaPart("Part 2 - Non-Public Agenda", false,
            [
                Item("15", "OPERATION SHELBOURNE- HATE CRIME REPORTING USING TRUE VISION", PaperPurpose.Discussion, 77, 82),
                Item("16", "DEEP DIVE 3 - HOW EFFECTIVELY IS THE CITY OF LONDON POLICE TACKLING SERIOUS AND ORGANISED CRIME INCLUDING DISRUPTION OF DRUGS SUPPLIES AND COUNTY LINES?", reportOf: null),
                Item("17", "QUESTIONS ON MATTERS RELATING TO THE WORK OF THE COMMITTEE", reportOf: null),
                Item("18", "ANY OTHER BUSINESS THAT THE CHAIR CONSIDERS URGENT AND WHICH THE COMMITTEE AGREES SHOULD BE CONSIDERED WHILST THE PUBLIC ARE EXCLUDED", reportOf: null),
            ]),
        ],
        Papers = new Dictionary<string, Paper>(StringComparer.Ordinal)
        {
            ["4"] = OutstandingReferencesPaper,
            ["5"] = PerformancePaper,
            ["6"] = HmicfrsPaper,
            ["7"] = PeelPaper,
            ["8"] = EngagementPaper,
            ["9"] = DeliveryPlanPaper,
            ["10"] = CrimeDataIntegrityPaper,
            ["11"] = ModernSlaveryPaper,
        },
    };
}
