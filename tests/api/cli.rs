use std::process::Command;

fn handover(args: &[&str], db: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_handover"))
        .args(args)
        .env("DATABASE_URL", db)
        .output()
        .expect("run handover")
}

#[test]
fn importing_a_bad_petition_file_names_the_line_and_column_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let file = dir.path().join("bad.toml");
    std::fs::write(
        &file,
        "slug = \"p\"\ntitle = \"T\"\nbody = \"B\"\nrecipient = \"R\"\ngoal = 5\n\n[[delivery_points]]\nslug = \"x\"\nname = \"N\"\ncountry = \"Korea\"\ncity = \"C\"\naddress = \"A\"\n",
    )
    .unwrap();

    let out = handover(&["petition", "import", file.to_str().unwrap()], &db);

    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 10, column 11"), "{err}");
    assert!(err.contains("ISO 3166-1"), "{err}");
}

#[test]
fn importing_a_petition_file_creates_then_updates_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let file = dir.path().join("p.toml");
    let text = "slug = \"oslo-vigil\"\ntitle = \"T\"\nbody = \"B\"\nrecipient = \"R\"\ngoal = 5\n\n[[delivery_points]]\nslug = \"oslo\"\nname = \"Embassy\"\ncountry = \"NO\"\ncity = \"Oslo\"\naddress = \"A\"\n";
    std::fs::write(&file, text).unwrap();

    let first = handover(&["petition", "import", file.to_str().unwrap()], &db);
    std::fs::write(&file, text.replace("goal = 5", "goal = 50")).unwrap();
    let second = handover(&["petition", "import", file.to_str().unwrap()], &db);

    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        String::from_utf8_lossy(&first.stdout)
            .contains("created petition `oslo-vigil` with 1 delivery points")
    );
    assert!(String::from_utf8_lossy(&second.stdout).contains("updated petition `oslo-vigil`"));
}

#[test]
fn a_database_url_with_an_unknown_scheme_is_a_clear_error() {
    let out = handover(&["migrate"], "mysql://localhost/x");

    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("DATABASE_URL must start with"));
}

#[test]
fn smtp_connections_outside_1_to_256_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("h.db").display());

    let out = handover(&["migrate", "--smtp-connections", "0"], &db);

    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--smtp-connections"), "{stderr}");
    assert!(stderr.contains("1..=256"), "{stderr}");
}

/// `handover backup` while people sign: a whole, consistent copy that
/// `handover` opens as it is, holding at least what was signed before it
/// began; it never overwrites; PostgreSQL is pointed to pg_dump.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_people_sign_is_whole_and_opens() {
    let app = std::sync::Arc::new(crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await);
    for i in 0..20 {
        app.sign(crate::helpers::sign_form(&format!("early{i}@example.org")))
            .await;
    }
    let signing = {
        let app = app.clone();
        tokio::spawn(async move {
            for i in 0..150 {
                let r = app
                    .sign(crate::helpers::sign_form(&format!("during{i}@example.org")))
                    .await;
                assert_eq!(r.status().as_u16(), 303);
            }
        })
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("copy.db");
    let backed = app.cli(&["backup", "--out", out.to_str().unwrap()]);
    assert!(backed.status.success(), "{backed:?}");
    let said = String::from_utf8_lossy(&backed.stdout);
    assert!(said.contains("The data key is not in the backup"), "{said}");
    signing.await.unwrap();
    assert!(!dir.path().join("copy.db.partial").exists());

    // The copy is a database `handover` opens with the same key file.
    let key = format!(
        "{}.key",
        app.settings.database_url.trim_start_matches("sqlite://")
    );
    std::fs::copy(&key, format!("{}.key", out.display())).unwrap();
    let mut settings = app.settings.clone();
    settings.database_url = format!("sqlite://{}", out.display());
    let copy = handover::startup::open_database(&settings).unwrap();
    let mut conn = copy.pool.get().unwrap();
    handover::db::readiness(&mut conn).unwrap();
    use diesel::prelude::*;
    let in_copy: i64 = handover::db::schema::signatures::table
        .count()
        .get_result(&mut conn)
        .unwrap();
    let now = app.count("SELECT COUNT(*) AS n FROM signatures");
    assert!(
        in_copy >= 20 && in_copy <= now,
        "{in_copy} in the copy, {now} now"
    );
    assert!(
        said.contains(&format!("backed up {in_copy} signatures")),
        "{said}"
    );

    // Never over an existing file.
    let again = app.cli(&["backup", "--out", out.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
}

#[tokio::test]
async fn a_backup_of_postgresql_points_to_pg_dump() {
    let Some(backend) = crate::helpers::Backend::postgres() else {
        return;
    };
    let app = crate::helpers::spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("copy.db");
    let backed = app.cli(&["backup", "--out", out.to_str().unwrap()]);
    assert!(!backed.status.success());
    assert!(String::from_utf8_lossy(&backed.stderr).contains("pg_dump"));
    assert!(!out.exists());
}
