//! A delivery point's time zone: an IANA name such as `Asia/Seoul`, checked
//! against the time zone database compiled into the binary (chrono-tz), so a
//! typo is a clear error and never a silent UTC.

use chrono::{NaiveDateTime, TimeZone as _};
use chrono_tz::Tz;

use super::Msg;

/// A valid IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(Tz);

impl TimeZone {
    /// Coordinated Universal Time: where a point stored before time zones existed lives.
    pub const UTC: TimeZone = TimeZone(Tz::UTC);

    /// Parses an IANA name, exactly as the database spells it.
    pub fn parse(s: &str) -> Result<TimeZone, Msg> {
        s.trim()
            .parse::<Tz>()
            .map(TimeZone)
            .map_err(|_| Msg::new("error-time-zone"))
    }

    /// The zone a country keeps, where it keeps one; `None` where it has
    /// several (Canada, the United States, Spain with the Canaries, …) and
    /// a point there must name its own.
    pub fn default_for(country: &str) -> Option<TimeZone> {
        SINGLE_ZONE
            .binary_search_by(|(code, _)| code.cmp(&country))
            .ok()
            .and_then(|i| SINGLE_ZONE[i].1.parse::<Tz>().ok())
            .map(TimeZone)
    }

    /// The IANA name.
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The zone, for chrono.
    pub fn tz(self) -> Tz {
        self.0
    }

    /// A UTC moment as local time here.
    pub fn local(self, utc: NaiveDateTime) -> chrono::DateTime<Tz> {
        self.0.from_utc_datetime(&utc)
    }

    /// A wall-clock time here as UTC. A time skipped when clocks go forward
    /// is read with the offset from before the change (02:30 in a gap from
    /// 02:00 to 03:00 becomes 03:30, as a clock that was not yet put forward
    /// would show); in the hour repeated when they go back, the earlier
    /// reading is taken. `None` only for times at the ends of chrono's range.
    pub fn to_utc(self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        use chrono::{LocalResult, Offset};
        match self.0.from_local_datetime(&local) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.naive_utc()),
            LocalResult::None => {
                // The offset in force a day before: the one the gap left behind.
                let before = local.checked_sub_signed(chrono::TimeDelta::days(1))?;
                let offset = self.0.offset_from_utc_datetime(&before).fix();
                local.checked_sub_signed(chrono::TimeDelta::seconds(i64::from(
                    offset.local_minus_utc(),
                )))
            }
        }
    }
}

impl From<String> for TimeZone {
    /// A stored name that no longer parses (it cannot, unless the database
    /// was edited by hand) reads as UTC, which every page labels as such.
    fn from(s: String) -> Self {
        TimeZone::parse(&s).unwrap_or(TimeZone::UTC)
    }
}

/// Countries with one time zone in the tz database's `zone.tab` (and four
/// whose other zones are small or follow the capital: DE, CN, CY, UA),
/// sorted by code. Generated from `/usr/share/zoneinfo/zone.tab`.
const SINGLE_ZONE: &[(&str, &str)] = &[
    ("AD", "Europe/Andorra"),
    ("AE", "Asia/Dubai"),
    ("AF", "Asia/Kabul"),
    ("AG", "America/Antigua"),
    ("AI", "America/Anguilla"),
    ("AL", "Europe/Tirane"),
    ("AM", "Asia/Yerevan"),
    ("AO", "Africa/Luanda"),
    ("AS", "Pacific/Pago_Pago"),
    ("AT", "Europe/Vienna"),
    ("AW", "America/Aruba"),
    ("AX", "Europe/Mariehamn"),
    ("AZ", "Asia/Baku"),
    ("BA", "Europe/Sarajevo"),
    ("BB", "America/Barbados"),
    ("BD", "Asia/Dhaka"),
    ("BE", "Europe/Brussels"),
    ("BF", "Africa/Ouagadougou"),
    ("BG", "Europe/Sofia"),
    ("BH", "Asia/Bahrain"),
    ("BI", "Africa/Bujumbura"),
    ("BJ", "Africa/Porto-Novo"),
    ("BL", "America/St_Barthelemy"),
    ("BM", "Atlantic/Bermuda"),
    ("BN", "Asia/Brunei"),
    ("BO", "America/La_Paz"),
    ("BQ", "America/Kralendijk"),
    ("BS", "America/Nassau"),
    ("BT", "Asia/Thimphu"),
    ("BW", "Africa/Gaborone"),
    ("BY", "Europe/Minsk"),
    ("BZ", "America/Belize"),
    ("CC", "Indian/Cocos"),
    ("CF", "Africa/Bangui"),
    ("CG", "Africa/Brazzaville"),
    ("CH", "Europe/Zurich"),
    ("CI", "Africa/Abidjan"),
    ("CK", "Pacific/Rarotonga"),
    ("CM", "Africa/Douala"),
    ("CN", "Asia/Shanghai"),
    ("CO", "America/Bogota"),
    ("CR", "America/Costa_Rica"),
    ("CU", "America/Havana"),
    ("CV", "Atlantic/Cape_Verde"),
    ("CW", "America/Curacao"),
    ("CX", "Indian/Christmas"),
    ("CY", "Asia/Nicosia"),
    ("CZ", "Europe/Prague"),
    ("DE", "Europe/Berlin"),
    ("DJ", "Africa/Djibouti"),
    ("DK", "Europe/Copenhagen"),
    ("DM", "America/Dominica"),
    ("DO", "America/Santo_Domingo"),
    ("DZ", "Africa/Algiers"),
    ("EE", "Europe/Tallinn"),
    ("EG", "Africa/Cairo"),
    ("EH", "Africa/El_Aaiun"),
    ("ER", "Africa/Asmara"),
    ("ET", "Africa/Addis_Ababa"),
    ("FI", "Europe/Helsinki"),
    ("FJ", "Pacific/Fiji"),
    ("FK", "Atlantic/Stanley"),
    ("FO", "Atlantic/Faroe"),
    ("FR", "Europe/Paris"),
    ("GA", "Africa/Libreville"),
    ("GB", "Europe/London"),
    ("GD", "America/Grenada"),
    ("GE", "Asia/Tbilisi"),
    ("GF", "America/Cayenne"),
    ("GG", "Europe/Guernsey"),
    ("GH", "Africa/Accra"),
    ("GI", "Europe/Gibraltar"),
    ("GM", "Africa/Banjul"),
    ("GN", "Africa/Conakry"),
    ("GP", "America/Guadeloupe"),
    ("GQ", "Africa/Malabo"),
    ("GR", "Europe/Athens"),
    ("GS", "Atlantic/South_Georgia"),
    ("GT", "America/Guatemala"),
    ("GU", "Pacific/Guam"),
    ("GW", "Africa/Bissau"),
    ("GY", "America/Guyana"),
    ("HK", "Asia/Hong_Kong"),
    ("HN", "America/Tegucigalpa"),
    ("HR", "Europe/Zagreb"),
    ("HT", "America/Port-au-Prince"),
    ("HU", "Europe/Budapest"),
    ("IE", "Europe/Dublin"),
    ("IL", "Asia/Jerusalem"),
    ("IM", "Europe/Isle_of_Man"),
    ("IN", "Asia/Kolkata"),
    ("IO", "Indian/Chagos"),
    ("IQ", "Asia/Baghdad"),
    ("IR", "Asia/Tehran"),
    ("IS", "Atlantic/Reykjavik"),
    ("IT", "Europe/Rome"),
    ("JE", "Europe/Jersey"),
    ("JM", "America/Jamaica"),
    ("JO", "Asia/Amman"),
    ("JP", "Asia/Tokyo"),
    ("KE", "Africa/Nairobi"),
    ("KG", "Asia/Bishkek"),
    ("KH", "Asia/Phnom_Penh"),
    ("KM", "Indian/Comoro"),
    ("KN", "America/St_Kitts"),
    ("KP", "Asia/Pyongyang"),
    ("KR", "Asia/Seoul"),
    ("KW", "Asia/Kuwait"),
    ("KY", "America/Cayman"),
    ("LA", "Asia/Vientiane"),
    ("LB", "Asia/Beirut"),
    ("LC", "America/St_Lucia"),
    ("LI", "Europe/Vaduz"),
    ("LK", "Asia/Colombo"),
    ("LR", "Africa/Monrovia"),
    ("LS", "Africa/Maseru"),
    ("LT", "Europe/Vilnius"),
    ("LU", "Europe/Luxembourg"),
    ("LV", "Europe/Riga"),
    ("LY", "Africa/Tripoli"),
    ("MA", "Africa/Casablanca"),
    ("MC", "Europe/Monaco"),
    ("MD", "Europe/Chisinau"),
    ("ME", "Europe/Podgorica"),
    ("MF", "America/Marigot"),
    ("MG", "Indian/Antananarivo"),
    ("MK", "Europe/Skopje"),
    ("ML", "Africa/Bamako"),
    ("MM", "Asia/Yangon"),
    ("MO", "Asia/Macau"),
    ("MP", "Pacific/Saipan"),
    ("MQ", "America/Martinique"),
    ("MR", "Africa/Nouakchott"),
    ("MS", "America/Montserrat"),
    ("MT", "Europe/Malta"),
    ("MU", "Indian/Mauritius"),
    ("MV", "Indian/Maldives"),
    ("MW", "Africa/Blantyre"),
    ("MZ", "Africa/Maputo"),
    ("NA", "Africa/Windhoek"),
    ("NC", "Pacific/Noumea"),
    ("NE", "Africa/Niamey"),
    ("NF", "Pacific/Norfolk"),
    ("NG", "Africa/Lagos"),
    ("NI", "America/Managua"),
    ("NL", "Europe/Amsterdam"),
    ("NO", "Europe/Oslo"),
    ("NP", "Asia/Kathmandu"),
    ("NR", "Pacific/Nauru"),
    ("NU", "Pacific/Niue"),
    ("OM", "Asia/Muscat"),
    ("PA", "America/Panama"),
    ("PE", "America/Lima"),
    ("PH", "Asia/Manila"),
    ("PK", "Asia/Karachi"),
    ("PL", "Europe/Warsaw"),
    ("PM", "America/Miquelon"),
    ("PN", "Pacific/Pitcairn"),
    ("PR", "America/Puerto_Rico"),
    ("PW", "Pacific/Palau"),
    ("PY", "America/Asuncion"),
    ("QA", "Asia/Qatar"),
    ("RE", "Indian/Reunion"),
    ("RO", "Europe/Bucharest"),
    ("RS", "Europe/Belgrade"),
    ("RW", "Africa/Kigali"),
    ("SA", "Asia/Riyadh"),
    ("SB", "Pacific/Guadalcanal"),
    ("SC", "Indian/Mahe"),
    ("SD", "Africa/Khartoum"),
    ("SE", "Europe/Stockholm"),
    ("SG", "Asia/Singapore"),
    ("SH", "Atlantic/St_Helena"),
    ("SI", "Europe/Ljubljana"),
    ("SJ", "Arctic/Longyearbyen"),
    ("SK", "Europe/Bratislava"),
    ("SL", "Africa/Freetown"),
    ("SM", "Europe/San_Marino"),
    ("SN", "Africa/Dakar"),
    ("SO", "Africa/Mogadishu"),
    ("SR", "America/Paramaribo"),
    ("SS", "Africa/Juba"),
    ("ST", "Africa/Sao_Tome"),
    ("SV", "America/El_Salvador"),
    ("SX", "America/Lower_Princes"),
    ("SY", "Asia/Damascus"),
    ("SZ", "Africa/Mbabane"),
    ("TC", "America/Grand_Turk"),
    ("TD", "Africa/Ndjamena"),
    ("TF", "Indian/Kerguelen"),
    ("TG", "Africa/Lome"),
    ("TH", "Asia/Bangkok"),
    ("TJ", "Asia/Dushanbe"),
    ("TK", "Pacific/Fakaofo"),
    ("TL", "Asia/Dili"),
    ("TM", "Asia/Ashgabat"),
    ("TN", "Africa/Tunis"),
    ("TO", "Pacific/Tongatapu"),
    ("TR", "Europe/Istanbul"),
    ("TT", "America/Port_of_Spain"),
    ("TV", "Pacific/Funafuti"),
    ("TW", "Asia/Taipei"),
    ("TZ", "Africa/Dar_es_Salaam"),
    ("UA", "Europe/Kyiv"),
    ("UG", "Africa/Kampala"),
    ("UY", "America/Montevideo"),
    ("VA", "Europe/Vatican"),
    ("VC", "America/St_Vincent"),
    ("VE", "America/Caracas"),
    ("VG", "America/Tortola"),
    ("VI", "America/St_Thomas"),
    ("VN", "Asia/Ho_Chi_Minh"),
    ("VU", "Pacific/Efate"),
    ("WF", "Pacific/Wallis"),
    ("WS", "Pacific/Apia"),
    ("YE", "Asia/Aden"),
    ("YT", "Indian/Mayotte"),
    ("ZA", "Africa/Johannesburg"),
    ("ZM", "Africa/Lusaka"),
    ("ZW", "Africa/Harare"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_exactly_and_typos_are_refused() {
        assert_eq!(
            TimeZone::parse("America/Toronto").unwrap().name(),
            "America/Toronto"
        );
        assert!(TimeZone::parse("America/Toronot").is_err());
        assert!(TimeZone::parse("").is_err());
    }

    #[test]
    fn a_country_with_one_zone_has_a_default_and_one_with_several_has_none() {
        assert_eq!(
            TimeZone::default_for("KR").map(TimeZone::name),
            Some("Asia/Seoul")
        );
        assert_eq!(
            TimeZone::default_for("DE").map(TimeZone::name),
            Some("Europe/Berlin")
        );
        assert_eq!(TimeZone::default_for("CA"), None);
        assert_eq!(TimeZone::default_for("US"), None);
        assert!(SINGLE_ZONE.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(SINGLE_ZONE.iter().all(|(_, z)| z.parse::<Tz>().is_ok()));
    }

    #[test]
    fn the_migration_zones_existing_points_by_the_same_table() {
        for backend in ["sqlite", "postgres"] {
            let path = format!(
                "{}/migrations/{backend}/2026-12-02-000011_delivery_day/up.sql",
                env!("CARGO_MANIFEST_DIR")
            );
            let sql = std::fs::read_to_string(path).unwrap();
            for (code, zone) in SINGLE_ZONE {
                assert!(
                    sql.contains(&format!("WHEN '{code}' THEN '{zone}'")),
                    "{backend}: {code}"
                );
            }
        }
    }

    #[test]
    fn wall_clock_times_convert_both_ways() {
        let seoul = TimeZone::parse("Asia/Seoul").unwrap();
        let local = chrono::NaiveDate::from_ymd_opt(2026, 12, 5)
            .unwrap()
            .and_hms_opt(14, 0, 0)
            .unwrap();
        let utc = seoul.to_utc(local).unwrap();
        assert_eq!(utc.to_string(), "2026-12-05 05:00:00");
        assert_eq!(seoul.local(utc).to_rfc3339(), "2026-12-05T14:00:00+09:00");
    }

    #[test]
    fn a_time_in_a_gap_is_read_with_the_offset_before_it() {
        let at = |z: &str, s: &str| {
            let local = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap();
            TimeZone::parse(z)
                .unwrap()
                .to_utc(local)
                .unwrap()
                .to_string()
        };
        // Toronto, 8 March 2026: 02:00 EST became 03:00 EDT.
        assert_eq!(
            at("America/Toronto", "2026-03-08T02:30"),
            "2026-03-08 07:30:00"
        );
        // Lord Howe Island moves by half an hour (02:00 → 02:30, +10:30 → +11).
        assert_eq!(
            at("Australia/Lord_Howe", "2026-10-04T02:15"),
            "2026-10-03 15:45:00"
        );
        // The repeated hour in autumn: the earlier reading.
        assert_eq!(
            at("America/Toronto", "2026-11-01T01:30"),
            "2026-11-01 05:30:00"
        );
    }
}
