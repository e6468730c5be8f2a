-- The delivery day. Keep in step with the other backend.

-- A point's IANA time zone (every time a person reads is shown in it; storage
-- stays UTC), its cut-off (NULL: 12 hours before delivery_at), and where its
-- day stands: open, frozen, delivered, refused or postponed. The status is
-- written only by src/delivery, in the same transaction as what it sums up.
ALTER TABLE delivery_points ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE delivery_points ADD COLUMN cutoff_at TIMESTAMP NULL;
ALTER TABLE delivery_points ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
-- Existing points take their country's zone where it keeps one (the same
-- table as src/domain/time_zone.rs); stored times stay UTC, only how they
-- are shown changes. The rest stay UTC, labelled so, until given a zone.
UPDATE delivery_points SET time_zone = CASE country
    WHEN 'AD' THEN 'Europe/Andorra'
    WHEN 'AE' THEN 'Asia/Dubai'
    WHEN 'AF' THEN 'Asia/Kabul'
    WHEN 'AG' THEN 'America/Antigua'
    WHEN 'AI' THEN 'America/Anguilla'
    WHEN 'AL' THEN 'Europe/Tirane'
    WHEN 'AM' THEN 'Asia/Yerevan'
    WHEN 'AO' THEN 'Africa/Luanda'
    WHEN 'AS' THEN 'Pacific/Pago_Pago'
    WHEN 'AT' THEN 'Europe/Vienna'
    WHEN 'AW' THEN 'America/Aruba'
    WHEN 'AX' THEN 'Europe/Mariehamn'
    WHEN 'AZ' THEN 'Asia/Baku'
    WHEN 'BA' THEN 'Europe/Sarajevo'
    WHEN 'BB' THEN 'America/Barbados'
    WHEN 'BD' THEN 'Asia/Dhaka'
    WHEN 'BE' THEN 'Europe/Brussels'
    WHEN 'BF' THEN 'Africa/Ouagadougou'
    WHEN 'BG' THEN 'Europe/Sofia'
    WHEN 'BH' THEN 'Asia/Bahrain'
    WHEN 'BI' THEN 'Africa/Bujumbura'
    WHEN 'BJ' THEN 'Africa/Porto-Novo'
    WHEN 'BL' THEN 'America/St_Barthelemy'
    WHEN 'BM' THEN 'Atlantic/Bermuda'
    WHEN 'BN' THEN 'Asia/Brunei'
    WHEN 'BO' THEN 'America/La_Paz'
    WHEN 'BQ' THEN 'America/Kralendijk'
    WHEN 'BS' THEN 'America/Nassau'
    WHEN 'BT' THEN 'Asia/Thimphu'
    WHEN 'BW' THEN 'Africa/Gaborone'
    WHEN 'BY' THEN 'Europe/Minsk'
    WHEN 'BZ' THEN 'America/Belize'
    WHEN 'CC' THEN 'Indian/Cocos'
    WHEN 'CF' THEN 'Africa/Bangui'
    WHEN 'CG' THEN 'Africa/Brazzaville'
    WHEN 'CH' THEN 'Europe/Zurich'
    WHEN 'CI' THEN 'Africa/Abidjan'
    WHEN 'CK' THEN 'Pacific/Rarotonga'
    WHEN 'CM' THEN 'Africa/Douala'
    WHEN 'CN' THEN 'Asia/Shanghai'
    WHEN 'CO' THEN 'America/Bogota'
    WHEN 'CR' THEN 'America/Costa_Rica'
    WHEN 'CU' THEN 'America/Havana'
    WHEN 'CV' THEN 'Atlantic/Cape_Verde'
    WHEN 'CW' THEN 'America/Curacao'
    WHEN 'CX' THEN 'Indian/Christmas'
    WHEN 'CY' THEN 'Asia/Nicosia'
    WHEN 'CZ' THEN 'Europe/Prague'
    WHEN 'DE' THEN 'Europe/Berlin'
    WHEN 'DJ' THEN 'Africa/Djibouti'
    WHEN 'DK' THEN 'Europe/Copenhagen'
    WHEN 'DM' THEN 'America/Dominica'
    WHEN 'DO' THEN 'America/Santo_Domingo'
    WHEN 'DZ' THEN 'Africa/Algiers'
    WHEN 'EE' THEN 'Europe/Tallinn'
    WHEN 'EG' THEN 'Africa/Cairo'
    WHEN 'EH' THEN 'Africa/El_Aaiun'
    WHEN 'ER' THEN 'Africa/Asmara'
    WHEN 'ET' THEN 'Africa/Addis_Ababa'
    WHEN 'FI' THEN 'Europe/Helsinki'
    WHEN 'FJ' THEN 'Pacific/Fiji'
    WHEN 'FK' THEN 'Atlantic/Stanley'
    WHEN 'FO' THEN 'Atlantic/Faroe'
    WHEN 'FR' THEN 'Europe/Paris'
    WHEN 'GA' THEN 'Africa/Libreville'
    WHEN 'GB' THEN 'Europe/London'
    WHEN 'GD' THEN 'America/Grenada'
    WHEN 'GE' THEN 'Asia/Tbilisi'
    WHEN 'GF' THEN 'America/Cayenne'
    WHEN 'GG' THEN 'Europe/Guernsey'
    WHEN 'GH' THEN 'Africa/Accra'
    WHEN 'GI' THEN 'Europe/Gibraltar'
    WHEN 'GM' THEN 'Africa/Banjul'
    WHEN 'GN' THEN 'Africa/Conakry'
    WHEN 'GP' THEN 'America/Guadeloupe'
    WHEN 'GQ' THEN 'Africa/Malabo'
    WHEN 'GR' THEN 'Europe/Athens'
    WHEN 'GS' THEN 'Atlantic/South_Georgia'
    WHEN 'GT' THEN 'America/Guatemala'
    WHEN 'GU' THEN 'Pacific/Guam'
    WHEN 'GW' THEN 'Africa/Bissau'
    WHEN 'GY' THEN 'America/Guyana'
    WHEN 'HK' THEN 'Asia/Hong_Kong'
    WHEN 'HN' THEN 'America/Tegucigalpa'
    WHEN 'HR' THEN 'Europe/Zagreb'
    WHEN 'HT' THEN 'America/Port-au-Prince'
    WHEN 'HU' THEN 'Europe/Budapest'
    WHEN 'IE' THEN 'Europe/Dublin'
    WHEN 'IL' THEN 'Asia/Jerusalem'
    WHEN 'IM' THEN 'Europe/Isle_of_Man'
    WHEN 'IN' THEN 'Asia/Kolkata'
    WHEN 'IO' THEN 'Indian/Chagos'
    WHEN 'IQ' THEN 'Asia/Baghdad'
    WHEN 'IR' THEN 'Asia/Tehran'
    WHEN 'IS' THEN 'Atlantic/Reykjavik'
    WHEN 'IT' THEN 'Europe/Rome'
    WHEN 'JE' THEN 'Europe/Jersey'
    WHEN 'JM' THEN 'America/Jamaica'
    WHEN 'JO' THEN 'Asia/Amman'
    WHEN 'JP' THEN 'Asia/Tokyo'
    WHEN 'KE' THEN 'Africa/Nairobi'
    WHEN 'KG' THEN 'Asia/Bishkek'
    WHEN 'KH' THEN 'Asia/Phnom_Penh'
    WHEN 'KM' THEN 'Indian/Comoro'
    WHEN 'KN' THEN 'America/St_Kitts'
    WHEN 'KP' THEN 'Asia/Pyongyang'
    WHEN 'KR' THEN 'Asia/Seoul'
    WHEN 'KW' THEN 'Asia/Kuwait'
    WHEN 'KY' THEN 'America/Cayman'
    WHEN 'LA' THEN 'Asia/Vientiane'
    WHEN 'LB' THEN 'Asia/Beirut'
    WHEN 'LC' THEN 'America/St_Lucia'
    WHEN 'LI' THEN 'Europe/Vaduz'
    WHEN 'LK' THEN 'Asia/Colombo'
    WHEN 'LR' THEN 'Africa/Monrovia'
    WHEN 'LS' THEN 'Africa/Maseru'
    WHEN 'LT' THEN 'Europe/Vilnius'
    WHEN 'LU' THEN 'Europe/Luxembourg'
    WHEN 'LV' THEN 'Europe/Riga'
    WHEN 'LY' THEN 'Africa/Tripoli'
    WHEN 'MA' THEN 'Africa/Casablanca'
    WHEN 'MC' THEN 'Europe/Monaco'
    WHEN 'MD' THEN 'Europe/Chisinau'
    WHEN 'ME' THEN 'Europe/Podgorica'
    WHEN 'MF' THEN 'America/Marigot'
    WHEN 'MG' THEN 'Indian/Antananarivo'
    WHEN 'MK' THEN 'Europe/Skopje'
    WHEN 'ML' THEN 'Africa/Bamako'
    WHEN 'MM' THEN 'Asia/Yangon'
    WHEN 'MO' THEN 'Asia/Macau'
    WHEN 'MP' THEN 'Pacific/Saipan'
    WHEN 'MQ' THEN 'America/Martinique'
    WHEN 'MR' THEN 'Africa/Nouakchott'
    WHEN 'MS' THEN 'America/Montserrat'
    WHEN 'MT' THEN 'Europe/Malta'
    WHEN 'MU' THEN 'Indian/Mauritius'
    WHEN 'MV' THEN 'Indian/Maldives'
    WHEN 'MW' THEN 'Africa/Blantyre'
    WHEN 'MZ' THEN 'Africa/Maputo'
    WHEN 'NA' THEN 'Africa/Windhoek'
    WHEN 'NC' THEN 'Pacific/Noumea'
    WHEN 'NE' THEN 'Africa/Niamey'
    WHEN 'NF' THEN 'Pacific/Norfolk'
    WHEN 'NG' THEN 'Africa/Lagos'
    WHEN 'NI' THEN 'America/Managua'
    WHEN 'NL' THEN 'Europe/Amsterdam'
    WHEN 'NO' THEN 'Europe/Oslo'
    WHEN 'NP' THEN 'Asia/Kathmandu'
    WHEN 'NR' THEN 'Pacific/Nauru'
    WHEN 'NU' THEN 'Pacific/Niue'
    WHEN 'OM' THEN 'Asia/Muscat'
    WHEN 'PA' THEN 'America/Panama'
    WHEN 'PE' THEN 'America/Lima'
    WHEN 'PH' THEN 'Asia/Manila'
    WHEN 'PK' THEN 'Asia/Karachi'
    WHEN 'PL' THEN 'Europe/Warsaw'
    WHEN 'PM' THEN 'America/Miquelon'
    WHEN 'PN' THEN 'Pacific/Pitcairn'
    WHEN 'PR' THEN 'America/Puerto_Rico'
    WHEN 'PW' THEN 'Pacific/Palau'
    WHEN 'PY' THEN 'America/Asuncion'
    WHEN 'QA' THEN 'Asia/Qatar'
    WHEN 'RE' THEN 'Indian/Reunion'
    WHEN 'RO' THEN 'Europe/Bucharest'
    WHEN 'RS' THEN 'Europe/Belgrade'
    WHEN 'RW' THEN 'Africa/Kigali'
    WHEN 'SA' THEN 'Asia/Riyadh'
    WHEN 'SB' THEN 'Pacific/Guadalcanal'
    WHEN 'SC' THEN 'Indian/Mahe'
    WHEN 'SD' THEN 'Africa/Khartoum'
    WHEN 'SE' THEN 'Europe/Stockholm'
    WHEN 'SG' THEN 'Asia/Singapore'
    WHEN 'SH' THEN 'Atlantic/St_Helena'
    WHEN 'SI' THEN 'Europe/Ljubljana'
    WHEN 'SJ' THEN 'Arctic/Longyearbyen'
    WHEN 'SK' THEN 'Europe/Bratislava'
    WHEN 'SL' THEN 'Africa/Freetown'
    WHEN 'SM' THEN 'Europe/San_Marino'
    WHEN 'SN' THEN 'Africa/Dakar'
    WHEN 'SO' THEN 'Africa/Mogadishu'
    WHEN 'SR' THEN 'America/Paramaribo'
    WHEN 'SS' THEN 'Africa/Juba'
    WHEN 'ST' THEN 'Africa/Sao_Tome'
    WHEN 'SV' THEN 'America/El_Salvador'
    WHEN 'SX' THEN 'America/Lower_Princes'
    WHEN 'SY' THEN 'Asia/Damascus'
    WHEN 'SZ' THEN 'Africa/Mbabane'
    WHEN 'TC' THEN 'America/Grand_Turk'
    WHEN 'TD' THEN 'Africa/Ndjamena'
    WHEN 'TF' THEN 'Indian/Kerguelen'
    WHEN 'TG' THEN 'Africa/Lome'
    WHEN 'TH' THEN 'Asia/Bangkok'
    WHEN 'TJ' THEN 'Asia/Dushanbe'
    WHEN 'TK' THEN 'Pacific/Fakaofo'
    WHEN 'TL' THEN 'Asia/Dili'
    WHEN 'TM' THEN 'Asia/Ashgabat'
    WHEN 'TN' THEN 'Africa/Tunis'
    WHEN 'TO' THEN 'Pacific/Tongatapu'
    WHEN 'TR' THEN 'Europe/Istanbul'
    WHEN 'TT' THEN 'America/Port_of_Spain'
    WHEN 'TV' THEN 'Pacific/Funafuti'
    WHEN 'TW' THEN 'Asia/Taipei'
    WHEN 'TZ' THEN 'Africa/Dar_es_Salaam'
    WHEN 'UA' THEN 'Europe/Kyiv'
    WHEN 'UG' THEN 'Africa/Kampala'
    WHEN 'UY' THEN 'America/Montevideo'
    WHEN 'VA' THEN 'Europe/Vatican'
    WHEN 'VC' THEN 'America/St_Vincent'
    WHEN 'VE' THEN 'America/Caracas'
    WHEN 'VG' THEN 'America/Tortola'
    WHEN 'VI' THEN 'America/St_Thomas'
    WHEN 'VN' THEN 'Asia/Ho_Chi_Minh'
    WHEN 'VU' THEN 'Pacific/Efate'
    WHEN 'WF' THEN 'Pacific/Wallis'
    WHEN 'WS' THEN 'Pacific/Apia'
    WHEN 'YE' THEN 'Asia/Aden'
    WHEN 'YT' THEN 'Indian/Mayotte'
    WHEN 'ZA' THEN 'Africa/Johannesburg'
    WHEN 'ZM' THEN 'Africa/Lusaka'
    WHEN 'ZW' THEN 'Africa/Harare'
    ELSE 'UTC' END;

-- The language a signer signed in (their later mail is in it), and whether
-- they want to hear when their signature is handed over.
ALTER TABLE signatures ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE signatures ADD COLUMN notify_delivery BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE signatures SET lang = COALESCE(
    (SELECT o.lang FROM outbox o WHERE o.signature_id = signatures.id ORDER BY o.id LIMIT 1),
    'en');

-- A frozen packet: immutable once written. `zip` is the packet exactly as frozen; it is emptied when a newer version
-- replaces it (its count and digest stay), so a withdrawn signer's name does
-- not outlive the paper it was printed on.
CREATE TABLE packet_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_point_id BIGINT NOT NULL REFERENCES delivery_points (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    signature_count BIGINT NOT NULL,
    digest TEXT NOT NULL,
    frozen_at TIMESTAMP NOT NULL,
    frozen_by TEXT NOT NULL,
    zip BLOB NULL,
    reprint_mailed_at TIMESTAMP NULL,
    UNIQUE (delivery_point_id, version)
);

-- Which signatures a frozen version printed: a withdrawal or invalidation
-- of one of them after the freeze means the paper needs reprinting.
CREATE TABLE packet_members (
    version_id BIGINT NOT NULL REFERENCES packet_versions (id) ON DELETE CASCADE,
    signature_id BIGINT NOT NULL,
    PRIMARY KEY (version_id, signature_id)
);

-- Mail about a delivery point (to its organizers: a packet needs reprinting).
ALTER TABLE outbox ADD COLUMN delivery_point_id BIGINT NULL;

-- What happened at the door: one record per point, edited in place (every
-- edit is in the audit log).
CREATE TABLE delivery_records (
    delivery_point_id BIGINT PRIMARY KEY REFERENCES delivery_points (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    happened_at TIMESTAMP NULL,
    received_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    postponed_to TIMESTAMP NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    delivered_mailed_at TIMESTAMP NULL,
    news_mailed_at TIMESTAMP NULL
);

-- Photos of the handover, re-encoded without any metadata.
CREATE TABLE delivery_photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_point_id BIGINT NOT NULL REFERENCES delivery_points (id) ON DELETE CASCADE,
    jpeg BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX delivery_photos_by_point ON delivery_photos (delivery_point_id);
