//! `Observation`s: drug tests → `[[screens]]` (one screen per sample: the
//! results of one day and specimen type), QTc → `[[ecg]]`, a gestational
//! age → `pregnancy_week`. What a test is for is read from its LOINC code
//! where larcheck knows the code, else from the code's display or text
//! (LOINC's own names, "Methadone [Presence] in Urine by Screen method",
//! and Norwegian laboratory names, "Metadon i urin"): the substance
//! vocabulary of the case format, English and Norwegian spellings.

use super::Resource;
use super::map::{
    Conflict, ConflictKind, Ctx, Ecg, Note, PatientCase, Reason, Screen, date, note, typed,
};
use super::model::{CodeableConcept, Component, Observation, Quantity, Specimen};
use chrono::NaiveDate;

/// LOINC.
const LOINC: &str = "http://loinc.org";
/// QT interval corrected (QTc).
const LOINC_QTC: &[&str] = &["8636-3"];
/// Gestational age (estimated; in weeks; unspecified).
const LOINC_GESTATION: &[&str] = &["11884-4", "49051-6", "18185-9"];
/// Pregnancy status.
const LOINC_PREGNANCY: &[&str] = &["82810-3"];
/// Creatinine in urine (moles/volume; mass/volume).
const LOINC_CREATININE: &[&str] = &["14683-7", "2161-8"];

/// Words in a test's name → the screen substance (most specific first:
/// "norbuprenorphine" before "buprenorphine", "6-monoacetylmorphine" and
/// "ethylmorphine" before "morphine").
const SUBSTANCES: &[(&[&str], &str)] = &[
    (
        &[
            "6-monoacetylmorphine",
            "6-acetylmorphine",
            "6-mam",
            "6-monoacetylmorfin",
        ],
        "6-mam",
    ),
    (&["norbuprenorphine", "norbuprenorfin"], "norbuprenorphine"),
    (&["buprenorphine", "buprenorfin"], "buprenorphine"),
    (
        &["eddp", "methadone metabolite", "metadonmetabolitt"],
        "eddp",
    ),
    (
        &["levomethadone", "methadone", "metadon", "levometadon"],
        "methadone",
    ),
    (&["methamphetamine", "metamfetamin"], "methamphetamine"),
    (&["mdma", "ecstasy"], "mdma"),
    (&["amphetamine", "amfetamin"], "amphetamine"),
    (
        &["cocaine", "kokain", "benzoylecgonine", "benzoylekgonin"],
        "cocaine",
    ),
    (
        &["synthetic cannabinoid", "syntetiske cannabinoider"],
        "synthetic-cannabinoids",
    ),
    (&["cannabinoid", "cannabis", "thc"], "cannabis"),
    (
        &["designer benzodiazepine", "designerbenzodiazepin"],
        "designer-benzodiazepines",
    ),
    (&["flunitrazepam"], "flunitrazepam"),
    (&["nitrazepam"], "nitrazepam"),
    (&["clonazepam", "klonazepam"], "clonazepam"),
    (&["alprazolam"], "alprazolam"),
    (&["oxazepam", "oksazepam"], "oxazepam"),
    (&["diazepam"], "diazepam"),
    (&["lorazepam"], "lorazepam"),
    (&["benzodiazepine"], "benzodiazepines"),
    (&["zopiclone", "zopiklon"], "zopiclone"),
    (&["zolpidem"], "zolpidem"),
    (&["pregabalin"], "pregabalin"),
    (&["gabapentin"], "gabapentin"),
    (&["phenobarbital", "fenobarbital"], "phenobarbital"),
    (&["carisoprodol", "karisoprodol"], "carisoprodol"),
    (&["gamma-hydroxybutyrate", "ghb"], "ghb"),
    (&["xylazine", "xylazin"], "xylazine"),
    (&["oxycodone", "oksykodon"], "oxycodone"),
    (&["fentanyl"], "fentanyl"),
    (&["ketobemidone", "ketobemidon"], "ketobemidone"),
    (&["tramadol"], "tramadol"),
    (&["tapentadol"], "tapentadol"),
    (&["hydromorphone", "hydromorfon"], "hydromorphone"),
    (&["nitazene", "nitazen"], "nitazenes"),
    (&["ethylmorphine", "etylmorfin"], "ethylmorphine"),
    (&["codeine", "kodein"], "codeine"),
    (&["morphine", "morfin"], "morphine"),
    (&["opiate", "opiat"], "opiates"),
    (&["methylphenidate", "metylfenidat"], "methylphenidate"),
    (
        &[
            "ethyl glucuronide",
            "etylglukuronid",
            "ethyl sulfate",
            "etylsulfat",
        ],
        "alcohol",
    ),
    (&["ketamine", "ketamin"], "ketamine"),
    (&["lsd"], "lsd"),
];

/// The lower-cased text and displays of a concept, and its LOINC codes.
fn words<'c>(c: &'c CodeableConcept<'_>) -> (String, Vec<&'c str>) {
    let text = c
        .coding
        .iter()
        .filter_map(|x| x.display.as_deref())
        .chain(c.text.as_deref())
        .collect::<Vec<_>>()
        .join(" | ")
        .to_lowercase();
    let loinc = c
        .coding
        .iter()
        .filter(|x| x.system.as_deref() == Some(LOINC))
        .filter_map(|x| x.code.as_deref())
        .collect();
    (text, loinc)
}

/// The substance a test's name names.
fn substance(text: &str) -> Option<&'static str> {
    SUBSTANCES
        .iter()
        .find(|(names, _)| names.iter().any(|n| text.contains(n)))
        .map(|(_, s)| *s)
}

/// The specimen type a name says.
fn sample_in(text: &str) -> Option<&'static str> {
    const KINDS: &[(&[&str], &str)] = &[
        (
            &["oral fluid", "saliva", "spytt", "munnvæske", "oral væske"],
            "oral-fluid",
        ),
        (&["urine", "urin"], "urine"),
        (&["blood", "serum", "plasma", "blod"], "blood"),
    ];
    KINDS
        .iter()
        .find(|(names, _)| names.iter().any(|n| text.contains(n)))
        .map(|(_, s)| *s)
}

/// Detected (`Some(true)`), not detected (`Some(false)`), or unreadable.
fn detected(
    value: Option<&CodeableConcept>,
    string: Option<&str>,
    boolean: Option<bool>,
    interpretation: &[CodeableConcept],
) -> Option<bool> {
    fn read(s: &str) -> Option<bool> {
        let s = s.trim().to_lowercase();
        const NO: &[&str] = &[
            "not detected",
            "negative",
            "ikke påvist",
            "negativ",
            "neg",
            "nd",
            "n",
            "260415000",
            "260385009",
            "false",
        ];
        const YES: &[&str] = &[
            "detected",
            "positive",
            "påvist",
            "positiv",
            "pos",
            "det",
            "a",
            "260373001",
            "10828004",
            "true",
        ];
        if NO.contains(&s.as_str()) {
            Some(false)
        } else if YES.contains(&s.as_str()) {
            Some(true)
        } else {
            None
        }
    }
    let concept = |c: &CodeableConcept| {
        c.coding
            .iter()
            .filter_map(|x| {
                x.code
                    .as_deref()
                    .and_then(read)
                    .or(x.display.as_deref().and_then(read))
            })
            .next()
            .or(c.text.as_deref().and_then(read))
    };
    value
        .and_then(concept)
        .or(string.and_then(read))
        .or(boolean)
        .or_else(|| interpretation.iter().find_map(concept))
}

/// The status of a sample not given or not valid, from a data-absent
/// reason or a value.
fn sample_status(absent: Option<&CodeableConcept>, value: Option<&str>) -> Option<&'static str> {
    let mut said: Vec<String> = absent
        .map(|c| {
            c.coding
                .iter()
                .filter_map(|x| x.code.as_deref().map(str::to_owned))
                .chain(c.text.as_deref().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    said.extend(value.map(str::to_owned));
    said.iter()
        .find_map(|s| match s.trim().to_lowercase().as_str() {
            "asked-declined" | "refused" | "nektet" | "declined" => Some("refused"),
            "not-performed" | "not given" | "ikke avgitt" | "missed" | "sample not given" => {
                Some("missed")
            }
            "adulterated" | "manipulert" => Some("adulterated"),
            _ => None,
        })
}

/// Urine creatinine in mmol/L.
fn mmol_l(q: &Quantity) -> Result<f64, Reason> {
    let v = q
        .value
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or(Reason::NoResult)?;
    match q.unit() {
        Some("mmol/L" | "mmol/l") => Ok(v),
        Some("umol/L" | "µmol/L" | "umol/l" | "µmol/l") => Ok(v / 1000.0),
        other => Err(Reason::Unit(other.unwrap_or("").to_owned())),
    }
}

/// What one observation (or component) says about its sample.
#[derive(Debug)]
enum Says {
    Result(&'static str, bool),
    Creatinine(f64),
    Status(&'static str),
}

/// A substance result of a screen: the substance, found, the resource.
type Found = (&'static str, bool, String);

/// One part of a screen.
#[derive(Debug)]
struct Part {
    date: NaiveDate,
    sample: Option<&'static str>,
    says: Says,
    source: String,
}

/// A patient's observations so far.
#[derive(Default)]
pub struct Observations {
    parts: Vec<Part>,
    ecg: Vec<Ecg>,
    /// Gestational ages: the day, the weeks, the resource.
    gestation: Vec<(NaiveDate, f64, String)>,
    /// Resources that say the patient is pregnant, without a week.
    pregnant: Vec<String>,
    /// The sample type of each `Specimen` read so far (by its index in the
    /// input): a bulk export's specimen is named by the six or seven tests
    /// of its sample, and is parsed once, not once for each.
    specimens: rustc_hash::FxHashMap<usize, Option<&'static str>>,
}

impl Observations {
    /// A pregnancy condition (from [`super::events::condition`]).
    pub fn pregnant(&mut self, r: &Resource) {
        self.pregnant.push(r.name());
    }

    /// Reads one observation.
    pub fn read(&mut self, ctx: &Ctx<'_>, r: &Resource, notes: &mut Vec<Note>) {
        let Some(o) = typed::<Observation>(r, notes) else {
            return;
        };
        let status = o.status.as_deref().unwrap_or("");
        let absent = o.data_absent_reason.as_ref();
        let readable = matches!(status, "final" | "amended" | "corrected")
            || (status == "cancelled" && absent.is_some());
        if !readable {
            notes.push(note(r, Reason::Status(status.to_owned())));
            return;
        }
        let when = o
            .effective_date_time
            .as_deref()
            .or(o.effective_period.as_ref().and_then(|p| p.start.as_deref()));
        let Some(day) = date(when) else {
            notes.push(note(r, Reason::NoDate));
            return;
        };
        let code = o.code.as_ref().map(words).unwrap_or_default();
        let is = |codes: &[&str], text: &[&str]| {
            code.1.iter().any(|c| codes.contains(c)) || text.iter().any(|t| code.0.contains(t))
        };
        if is(LOINC_QTC, &["qtc", "qt interval corrected", "korrigert qt"]) {
            return self.qtc(r, day, o.value_quantity.as_ref(), notes);
        }
        if let Some(c) = o.component.iter().find(|c| {
            c.code.as_ref().is_some_and(|k| {
                let (t, l) = words(k);
                l.iter().any(|x| LOINC_QTC.contains(x)) || t.contains("qtc")
            })
        }) {
            return self.qtc(r, day, c.value_quantity.as_ref(), notes);
        }
        if is(
            LOINC_GESTATION,
            &["gestational age", "svangerskapslengde", "svangerskapsuke"],
        ) {
            return self.gestation(r, day, o.value_quantity.as_ref(), notes);
        }
        if is(LOINC_PREGNANCY, &["pregnancy status"]) {
            let yes = detected(
                o.value_codeable_concept.as_ref(),
                o.value_string.as_deref(),
                o.value_boolean,
                &[],
            );
            let pregnant = o.value_codeable_concept.as_ref().is_some_and(|c| {
                c.coding
                    .iter()
                    .any(|x| x.code.as_deref() == Some("77386006"))
                    || words(c).0.contains("pregnant")
                    || words(c).0.contains("gravid")
            });
            if pregnant || yes == Some(true) {
                self.pregnant.push(r.name());
            } else {
                notes.push(note(r, Reason::NotScreen));
            }
            return;
        }
        let sample = self.sample(ctx, &o, &code.0);
        if let Some(s) = o.specimen.as_ref().and_then(|s| s.reference.as_deref())
            && ctx.find(s).is_none()
        {
            notes.push(note(r, Reason::SpecimenDangling(s.to_owned())));
        }
        let part = |says| Part {
            date: day,
            sample,
            says,
            source: r.name(),
        };
        if is(LOINC_CREATININE, &["creatinine", "kreatinin"]) {
            match o
                .value_quantity
                .as_ref()
                .ok_or(Reason::NoResult)
                .and_then(mmol_l)
            {
                Ok(v) => self.parts.push(part(Says::Creatinine(v))),
                Err(reason) => notes.push(note(r, reason)),
            }
            return;
        }
        if let Some(st) = sample_status(absent, o.value_string.as_deref()) {
            self.parts.push(part(Says::Status(st)));
            return;
        }
        if !o.has_member.is_empty() {
            // A panel: its members are read on their own; a member that is
            // not in the input is said, never silently missing.
            for m in o.has_member.iter().filter_map(|m| m.reference.as_deref()) {
                if ctx.find(m).is_none() {
                    notes.push(note(r, Reason::Dangling(m.to_owned())));
                }
            }
            return;
        }
        if !o.component.is_empty() {
            return self.components(r, day, sample, &o.component, notes);
        }
        let Some(s) = substance(&code.0) else {
            notes.push(note(
                r,
                if sample.is_some() {
                    Reason::UnknownSubstance
                } else {
                    Reason::NotScreen
                },
            ));
            return;
        };
        match detected(
            o.value_codeable_concept.as_ref(),
            o.value_string.as_deref(),
            o.value_boolean,
            &o.interpretation,
        ) {
            Some(found) => self.parts.push(part(Says::Result(s, found))),
            None => notes.push(note(r, Reason::NoResult)),
        }
    }

    /// A panel given as components, one substance each.
    fn components(
        &mut self,
        r: &Resource,
        day: NaiveDate,
        sample: Option<&'static str>,
        components: &[Component],
        notes: &mut Vec<Note>,
    ) {
        for c in components {
            let text = c.code.as_ref().map(words).unwrap_or_default().0;
            let found = detected(
                c.value_codeable_concept.as_ref(),
                c.value_string.as_deref(),
                None,
                &c.interpretation,
            );
            match (substance(&text), found) {
                (Some(s), Some(f)) => self.parts.push(Part {
                    date: day,
                    sample,
                    says: Says::Result(s, f),
                    source: r.name(),
                }),
                (None, _) => notes.push(note(r, Reason::UnknownSubstance)),
                (Some(_), None) => notes.push(note(r, Reason::NoResult)),
            }
        }
    }

    /// The specimen: the referenced `Specimen`'s type, else the test's name.
    fn sample(&mut self, ctx: &Ctx<'_>, o: &Observation, code: &str) -> Option<&'static str> {
        let from_specimen = o
            .specimen
            .as_ref()
            .and_then(|s| s.reference.as_deref())
            .and_then(|s| ctx.find(s))
            .and_then(|at| {
                *self.specimens.entry(at).or_insert_with(|| {
                    ctx.at(at)
                        .parse::<Specimen>()
                        .ok()
                        .and_then(|s| s.kind)
                        .and_then(|k| sample_in(&words(&k).0))
                })
            });
        from_specimen.or_else(|| sample_in(code))
    }

    fn qtc(&mut self, r: &Resource, day: NaiveDate, q: Option<&Quantity>, notes: &mut Vec<Note>) {
        let Some(q) = q else {
            notes.push(note(r, Reason::NoResult));
            return;
        };
        let v = q.value.filter(|v| v.is_finite() && *v > 0.0);
        let ms = match (v, q.unit()) {
            (Some(v), Some("ms")) => v,
            (Some(v), Some("s")) => v * 1000.0,
            (_, unit) => {
                notes.push(note(r, Reason::Unit(unit.unwrap_or("").to_owned())));
                return;
            }
        };
        self.ecg.push(Ecg {
            date: day,
            qtc_ms: ms,
            source: r.name(),
        });
    }

    fn gestation(
        &mut self,
        r: &Resource,
        day: NaiveDate,
        q: Option<&Quantity>,
        notes: &mut Vec<Note>,
    ) {
        let weeks = q.and_then(|q| {
            let v = q.value.filter(|v| v.is_finite() && *v >= 0.0)?;
            match q.unit()? {
                "wk" | "weeks" | "uker" => Some(v),
                "d" | "days" | "dager" => Some(v / 7.0),
                _ => None,
            }
        });
        match weeks {
            Some(w) => self.gestation.push((day, w, r.name())),
            None => notes.push(note(r, Reason::NoResult)),
        }
    }

    /// Screens by sample, ECGs and the pregnancy week into the case.
    pub fn finish(
        mut self,
        case: &mut PatientCase,
        as_of: Option<NaiveDate>,
        notes: &mut Vec<Note>,
    ) -> Result<(), Conflict> {
        let late = |d: NaiveDate| as_of.is_some_and(|a| d > a);
        for e in std::mem::take(&mut self.ecg) {
            if late(e.date) {
                notes.push(Note {
                    resource: e.source,
                    reason: Reason::AfterAsOf,
                });
            } else {
                case.ecg.push(e);
            }
        }
        case.ecg.sort_by_key(|e| e.date);
        self.screens(case, as_of, notes)?;
        self.pregnancy(case, as_of, notes)
    }

    fn screens(
        &mut self,
        case: &mut PatientCase,
        as_of: Option<NaiveDate>,
        notes: &mut Vec<Note>,
    ) -> Result<(), Conflict> {
        // A part whose sample type is not given joins the screen of its day
        // when there is exactly one; otherwise it is urine (noted).
        let mut parts = std::mem::take(&mut self.parts);
        parts.sort_by_key(|p| p.date);
        for i in 0..parts.len() {
            if parts[i].sample.is_some() {
                continue;
            }
            let mut kinds: Vec<&str> = parts
                .iter()
                .filter(|p| p.date == parts[i].date)
                .filter_map(|p| p.sample)
                .collect();
            kinds.dedup();
            let (kind, assumed) = match kinds.as_slice() {
                [one] => (*one, false),
                _ => ("urine", !matches!(parts[i].says, Says::Creatinine(_))),
            };
            if assumed {
                notes.push(Note {
                    resource: parts[i].source.clone(),
                    reason: Reason::AssumedUrine,
                });
            }
            parts[i].sample = Some(kind);
        }
        let mut screens: Vec<(Screen, Vec<Found>)> = Vec::new();
        for p in parts {
            if as_of.is_some_and(|a| p.date > a) {
                notes.push(Note {
                    resource: p.source,
                    reason: Reason::AfterAsOf,
                });
                continue;
            }
            let sample = p.sample.unwrap_or("urine");
            let at = match screens
                .iter()
                .position(|(s, _)| s.date == Some(p.date) && s.sample == sample)
            {
                Some(at) => at,
                None => {
                    screens.push((
                        Screen {
                            date: Some(p.date),
                            sample,
                            status: "valid",
                            ..Screen::default()
                        },
                        Vec::new(),
                    ));
                    screens.len() - 1
                }
            };
            let (screen, results) = &mut screens[at];
            if !screen.sources.contains(&p.source) {
                screen.sources.push(p.source.clone());
            }
            match p.says {
                Says::Result(s, found) => {
                    if let Some((_, other, src)) = results.iter().find(|(x, _, _)| *x == s)
                        && *other != found
                    {
                        return Err(Conflict {
                            resources: [src.clone(), p.source],
                            kind: ConflictKind::Screen(p.date, s),
                        });
                    }
                    results.push((s, found, p.source));
                }
                Says::Creatinine(v) if sample == "urine" => screen.creatinine = Some(v),
                Says::Creatinine(_) => notes.push(Note {
                    resource: p.source,
                    reason: Reason::NotScreen,
                }),
                Says::Status(st) => screen.status = st,
            }
        }
        for (mut screen, results) in screens {
            if screen.status != "valid" {
                for (_, _, src) in &results {
                    notes.push(Note {
                        resource: src.clone(),
                        reason: Reason::NoResult,
                    });
                }
            } else {
                for (s, found, _) in &results {
                    if !screen.tested.contains(s) {
                        screen.tested.push(s);
                    }
                    if *found && !screen.positive.contains(s) {
                        screen.positive.push(s);
                    }
                }
            }
            if screen.status != "valid" || !screen.tested.is_empty() || screen.creatinine.is_some()
            {
                case.screens.push(screen);
            }
        }
        Ok(())
    }

    fn pregnancy(
        &mut self,
        case: &mut PatientCase,
        as_of: Option<NaiveDate>,
        notes: &mut Vec<Note>,
    ) -> Result<(), Conflict> {
        self.gestation.sort_by_key(|g| g.0);
        let week_on = |(d, w, _): &(NaiveDate, f64, String)| {
            let later = as_of.map_or(0, |a| (a - *d).num_days().max(0));
            (w + later as f64 / 7.0).floor() as u32
        };
        let any = self
            .gestation
            .last()
            .map(|g| g.2.clone())
            .or(self.pregnant.first().cloned());
        if let (Some(source), Some("male")) = (&any, case.sex) {
            return Err(Conflict {
                resources: [case.resource.clone(), source.clone()],
                kind: ConflictKind::PregnancyMale,
            });
        }
        let Some(latest) = self.gestation.last() else {
            for p in &self.pregnant {
                notes.push(Note {
                    resource: p.clone(),
                    reason: Reason::PregnantNoWeek,
                });
            }
            return Ok(());
        };
        let week = week_on(latest);
        for g in &self.gestation[..self.gestation.len() - 1] {
            if week_on(g).abs_diff(week) > 1 {
                return Err(Conflict {
                    resources: [g.2.clone(), latest.2.clone()],
                    kind: ConflictKind::PregnancyWeeks,
                });
            }
        }
        if week > 42 {
            notes.push(Note {
                resource: latest.2.clone(),
                reason: Reason::PregnancyOver(week),
            });
            return Ok(());
        }
        if as_of.is_some_and(|a| a > latest.0) {
            notes.push(Note {
                resource: latest.2.clone(),
                reason: Reason::WeekCountedOn(week),
            });
        }
        case.pregnancy_week = Some((week, latest.2.clone()));
        Ok(())
    }
}
