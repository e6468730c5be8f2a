//! Table definitions shared by both backends (written by hand: the SQLite
//! migration spells identity columns `INTEGER`, which diesel reads as `BigInt`).

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Binary,
    }
}

diesel::table! {
    petitions (id) {
        id -> BigInt,
        slug -> Text,
        title -> Text,
        body -> Text,
        recipient -> Text,
        organizer -> Text,
        goal -> BigInt,
        opens_at -> Nullable<Timestamp>,
        closes_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        retention_days -> Integer,
        erased_at -> Nullable<Timestamp>,
        lang -> Text,
        translations -> Text,
        contact -> Text,
        embed_origins -> Text,
    }
}

diesel::table! {
    delivery_points (id) {
        id -> BigInt,
        petition_id -> BigInt,
        slug -> Text,
        name -> Text,
        country -> Text,
        city -> Text,
        address -> Text,
        delivery_at -> Nullable<Timestamp>,
        position -> Integer,
        time_zone -> Text,
        cutoff_at -> Nullable<Timestamp>,
        status -> Text,
        local_group -> Text,
        translations -> Text,
    }
}

diesel::table! {
    signatures (id) {
        id -> BigInt,
        petition_id -> BigInt,
        delivery_point_id -> BigInt,
        email_hash -> Text,
        country -> Text,
        name_in_packet -> Text,
        state -> Text,
        created_at -> Timestamp,
        verified_at -> Nullable<Timestamp>,
        last_mailed_at -> Timestamp,
        invalidation_id -> Nullable<BigInt>,
        ip_hash -> Nullable<Text>,
        ip_range_hash -> Nullable<Text>,
        domain_hash -> Nullable<Text>,
        contact -> Nullable<Binary>,
        printed -> Nullable<Binary>,
        key_id -> Nullable<Text>,
        lang -> Text,
        notify_delivery -> Bool,
        salt -> Nullable<Binary>,
        source -> Nullable<Text>,
        reminder_done -> Bool,
        keep_informed -> Bool,
    }
}

diesel::table! {
    invalidations (id) {
        id -> BigInt,
        key -> Text,
        petition_id -> BigInt,
        reason -> Text,
        criteria -> Text,
        actor -> Text,
        affected -> BigInt,
        created_at -> Timestamp,
        undone_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    signature_tokens (token_hash) {
        token_hash -> Binary,
        signature_id -> BigInt,
        purpose -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        kind -> Text,
        signature_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        next_attempt_at -> Timestamp,
        attempts -> Integer,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        organizer_id -> Nullable<BigInt>,
        gave_up_at -> Nullable<Timestamp>,
        lang -> Text,
        address -> Nullable<Binary>,
        delivery_point_id -> Nullable<BigInt>,
        claimed_by -> Nullable<BigInt>,
        update_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    petition_updates (id) {
        id -> BigInt,
        petition_id -> BigInt,
        texts -> Text,
        state -> Text,
        written_by -> BigInt,
        written_at -> Timestamp,
        decided_by -> Nullable<BigInt>,
        sent_at -> Nullable<Timestamp>,
        recipients -> BigInt,
    }
}
diesel::table! {
    used_form_tokens (token_hash) {
        token_hash -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    signature_counts (petition_id, delivery_point_id, country, shard) {
        petition_id -> BigInt,
        delivery_point_id -> BigInt,
        country -> Text,
        shard -> Integer,
        verified -> BigInt,
    }
}

diesel::joinable!(delivery_points -> petitions (petition_id));
diesel::joinable!(signatures -> petitions (petition_id));
diesel::joinable!(signatures -> delivery_points (delivery_point_id));
diesel::joinable!(signature_tokens -> signatures (signature_id));
diesel::joinable!(outbox -> signatures (signature_id));
diesel::joinable!(outbox -> organizers (organizer_id));

diesel::table! {
    organizers (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        role -> Text,
        password_hash -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organizer_petitions (organizer_id, petition_id) {
        organizer_id -> BigInt,
        petition_id -> BigInt,
    }
}

diesel::table! {
    organizer_delivery_points (organizer_id, delivery_point_id) {
        organizer_id -> BigInt,
        delivery_point_id -> BigInt,
    }
}

diesel::table! {
    organizer_sessions (token_hash) {
        token_hash -> Binary,
        organizer_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    organizer_invites (token_hash) {
        token_hash -> Binary,
        organizer_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        account_key -> Text,
        ip_key -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        organizer_id -> Nullable<BigInt>,
        actor -> Text,
        action -> Text,
        detail -> Text,
    }
}

diesel::joinable!(organizer_petitions -> organizers (organizer_id));
diesel::joinable!(organizer_petitions -> petitions (petition_id));
diesel::joinable!(organizer_delivery_points -> organizers (organizer_id));
diesel::joinable!(organizer_delivery_points -> delivery_points (delivery_point_id));
diesel::joinable!(organizer_sessions -> organizers (organizer_id));

diesel::table! {
    packet_versions (id) {
        id -> BigInt,
        delivery_point_id -> BigInt,
        version -> Integer,
        signature_count -> BigInt,
        digest -> Text,
        frozen_at -> Timestamp,
        frozen_by -> Text,
        zip -> Nullable<Binary>,
        reprint_mailed_at -> Nullable<Timestamp>,
        root -> Nullable<Text>,
        size -> Nullable<BigInt>,
        leaves -> Nullable<Binary>,
    }
}

diesel::table! {
    packet_members (version_id, signature_id) {
        version_id -> BigInt,
        signature_id -> BigInt,
    }
}

diesel::table! {
    delivery_records (delivery_point_id) {
        delivery_point_id -> BigInt,
        outcome -> Text,
        happened_at -> Nullable<Timestamp>,
        received_by -> Text,
        note -> Text,
        postponed_to -> Nullable<Timestamp>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
        delivered_mailed_at -> Nullable<Timestamp>,
        news_mailed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    delivery_photos (id) {
        id -> BigInt,
        delivery_point_id -> BigInt,
        jpeg -> Binary,
        width -> Integer,
        height -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    rate_limits (key) {
        key -> Text,
        tat -> Timestamp,
    }
}

diesel::table! {
    mail_relay (id) {
        id -> Integer,
        refusing_since -> Timestamp,
        paused_until -> Timestamp,
        reply_code -> Text,
    }
}

diesel::joinable!(packet_versions -> delivery_points (delivery_point_id));
diesel::joinable!(packet_members -> packet_versions (version_id));
diesel::joinable!(packet_members -> signatures (signature_id));
diesel::joinable!(delivery_records -> delivery_points (delivery_point_id));
diesel::joinable!(delivery_photos -> delivery_points (delivery_point_id));

diesel::allow_tables_to_appear_in_same_query!(
    packet_versions,
    packet_members,
    delivery_records,
    delivery_photos,
    app_secrets,
    petitions,
    delivery_points,
    signatures,
    signature_tokens,
    outbox,
    signature_counts,
    organizers,
    organizer_petitions,
    organizer_delivery_points,
    organizer_sessions,
    organizer_invites,
    login_failures,
    audit_log,
    invalidations,
    mail_relay,
    rate_limits,
    petition_updates,
);
diesel::joinable!(organizer_invites -> organizers (organizer_id));
