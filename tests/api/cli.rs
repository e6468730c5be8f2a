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
