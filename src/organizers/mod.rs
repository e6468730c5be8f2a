//! Organizers: accounts with a role and a scope, logging in, their sessions,
//! invitations and login throttling (their actions go to [`crate::audit`]).

pub mod invites;
pub mod login;
pub mod password;
pub mod sessions;
pub mod throttle;

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    delivery_points, organizer_delivery_points, organizer_petitions, organizers, petitions,
};
use crate::db::{DbConnection, write_transaction};
use crate::domain::Msg;
use crate::domain::{EmailAddress, Invalid};
use crate::petitions::{DeliveryPoint, Petition, PetitionWithPoints};

crate::domain::text_enum! {
    unknown reads as Local;
    /// What an organizer may do (an unknown stored role: the least powerful).
    pub enum Role {
        /// Everything, including managing organizers and reading the audit log.
        Admin = "admin",
        /// The petitions they are given: their delivery points and all their packets.
        Coordinator = "coordinator",
        /// One or more delivery points: their counts and packets, nothing else.
        Local = "local",
    }
}

impl Role {
    /// Parses `admin`, `coordinator` or `local` as typed.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Role::from_stored(s.trim()).ok_or_else(|| Invalid::new("error-role"))
    }

    /// The catalog id of the role's name.
    pub fn name_key(self) -> &'static str {
        match self {
            Role::Admin => "org-role-admin",
            Role::Coordinator => "org-role-coordinator",
            Role::Local => "org-role-local",
        }
    }
}

/// An organizer row.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = organizers)]
pub struct Organizer {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[diesel(deserialize_as = String)]
    pub role: Role,
    pub password_hash: Option<String>,
    pub created_at: NaiveDateTime,
}

/// A new organizer row.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = organizers)]
pub struct NewOrganizer<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: &'a str,
    pub created_at: NaiveDateTime,
}

impl Organizer {
    /// The organizer's role.
    pub fn role(&self) -> Role {
        self.role
    }

    /// Finds an organizer by id.
    pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Self> {
        organizers::table
            .find(id)
            .select(Organizer::as_select())
            .first(conn)
    }

    /// Finds an organizer by normalised email.
    pub fn find_by_email(
        conn: &mut DbConnection,
        email: &EmailAddress,
    ) -> QueryResult<Option<Self>> {
        organizers::table
            .filter(organizers::email.eq(email.as_str()))
            .select(Organizer::as_select())
            .first(conn)
            .optional()
    }

    /// Who they are in the audit log.
    pub fn actor(&self) -> crate::audit::Actor<'_> {
        crate::audit::Actor::Organizer {
            id: self.id,
            email: &self.email,
            name: &self.name,
        }
    }

    /// How many organizers exist.
    pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
        organizers::table.count().get_result(conn)
    }
}

/// Who may see and do what: an organizer with their petitions and points.
#[derive(Debug, Clone)]
pub struct Scope {
    pub organizer: Organizer,
    role: Role,
    petitions: Vec<i64>,
    delivery_points: Vec<i64>,
}

impl Scope {
    /// Loads an organizer's scope.
    pub fn load(conn: &mut DbConnection, organizer: Organizer) -> QueryResult<Self> {
        let petitions = organizer_petitions::table
            .filter(organizer_petitions::organizer_id.eq(organizer.id))
            .select(organizer_petitions::petition_id)
            .load(conn)?;
        let delivery_points = organizer_delivery_points::table
            .filter(organizer_delivery_points::organizer_id.eq(organizer.id))
            .select(organizer_delivery_points::delivery_point_id)
            .load(conn)?;
        Ok(Scope {
            role: organizer.role(),
            organizer,
            petitions,
            delivery_points,
        })
    }

    /// The organizer's role.
    pub fn role(&self) -> Role {
        self.role
    }

    /// Whether they may manage a petition (edit it, see all its packets).
    pub fn manages(&self, petition_id: i64) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Coordinator => self.petitions.contains(&petition_id),
            Role::Local => false,
        }
    }

    /// Whether they may see a delivery point's counts and packet.
    pub fn sees_point(&self, point: &DeliveryPoint) -> bool {
        self.manages(point.petition_id) || self.delivery_points.contains(&point.id)
    }

    /// The delivery points of a petition they may see (empty: the petition is not theirs).
    pub fn visible_points<'a>(&self, points: &'a [DeliveryPoint]) -> Vec<&'a DeliveryPoint> {
        points.iter().filter(|p| self.sees_point(p)).collect()
    }

    /// A petition they manage, with its delivery points; `None` when there is
    /// no such petition or it is not theirs (answered alike: 404).
    pub fn managed_petition(
        &self,
        conn: &mut DbConnection,
        slug: &str,
    ) -> anyhow::Result<Option<PetitionWithPoints>> {
        Ok(PetitionWithPoints::load(conn, slug)?.filter(|d| self.manages(d.petition.id)))
    }

    /// A petition they see some delivery points of, with its points and the
    /// ids of those they see; `None` when there is no such petition or they
    /// see none of it.
    pub fn visible_petition(
        &self,
        conn: &mut DbConnection,
        slug: &str,
    ) -> anyhow::Result<Option<(PetitionWithPoints, Vec<i64>)>> {
        let Some(data) = PetitionWithPoints::load(conn, slug)? else {
            return Ok(None);
        };
        let visible: Vec<i64> = self
            .visible_points(&data.delivery_points)
            .iter()
            .map(|p| p.id)
            .collect();
        Ok((!visible.is_empty()).then_some((data, visible)))
    }

    /// The petitions they may see at all.
    pub fn petitions(&self, conn: &mut DbConnection) -> QueryResult<Vec<Petition>> {
        let query = petitions::table
            .select(Petition::as_select())
            .order(petitions::created_at.desc());
        match self.role {
            Role::Admin => Petition::all(conn),
            Role::Coordinator => query
                .filter(petitions::id.eq_any(&self.petitions))
                .load(conn),
            Role::Local => {
                let ids: Vec<i64> = delivery_points::table
                    .filter(delivery_points::id.eq_any(&self.delivery_points))
                    .select(delivery_points::petition_id)
                    .load(conn)?;
                query.filter(petitions::id.eq_any(ids)).load(conn)
            }
        }
    }
}

/// What `handover organizer add` (and the web invitation form) asks for.
#[derive(Debug, Clone)]
pub struct OrganizerInput {
    pub email: EmailAddress,
    pub name: String,
    pub role: Role,
    /// For a coordinator: the petition they manage. For a local organizer: the
    /// petition their delivery points belong to.
    pub petition: Option<String>,
    /// For a local organizer: the delivery points they see.
    pub delivery_points: Vec<String>,
}

/// A change refused because of what was asked (an unknown slug, a missing
/// petition, a duplicate email…): shown to the person, not logged as a failure.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub Msg);

fn refuse<T>(message: Msg) -> anyhow::Result<T> {
    Err(Refused(message).into())
}

/// A role's petition and delivery points, resolved from slugs.
struct Assignment {
    petition: Option<i64>,
    delivery_points: Vec<i64>,
}

/// Checks that a role comes with what it needs: a coordinator a petition, a
/// local organizer a petition and at least one of its delivery points.
fn resolve(
    conn: &mut DbConnection,
    role: Role,
    petition: Option<&str>,
    points: &[String],
) -> anyhow::Result<Assignment> {
    let petition = match petition.filter(|s| !s.trim().is_empty()) {
        Some(slug) => match Petition::find_by_slug(conn, slug.trim())? {
            Some(p) => Some(p),
            None => return refuse(Msg::new("org-refused-no-petition").text("slug", slug)),
        },
        None => None,
    };
    let delivery_points = match (&petition, role) {
        (None, Role::Coordinator | Role::Local) => {
            return refuse(Msg::new("org-refused-needs-petition").key("role", role.name_key()));
        }
        (Some(p), Role::Local) => {
            let wanted: Vec<&str> = points
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect();
            if wanted.is_empty() {
                return refuse(Msg::new("org-refused-needs-point"));
            }
            let all = DeliveryPoint::for_petition(conn, p.id)?;
            wanted
                .iter()
                .map(|slug| {
                    DeliveryPoint::by_slug(&all, slug)
                        .map(|d| d.id)
                        .ok_or_else(|| {
                            Refused(
                                Msg::new("org-refused-no-point")
                                    .text("petition", p.slug.as_str())
                                    .text("slug", *slug),
                            )
                            .into()
                        })
                })
                .collect::<anyhow::Result<Vec<_>>>()?
        }
        _ => Vec::new(),
    };
    let petition = if role == Role::Coordinator {
        petition.map(|p| p.id)
    } else {
        None
    };
    Ok(Assignment {
        petition,
        delivery_points,
    })
}

/// Replaces an organizer's scope assignments.
fn assign(conn: &mut DbConnection, organizer_id: i64, a: &Assignment) -> QueryResult<()> {
    diesel::delete(
        organizer_petitions::table.filter(organizer_petitions::organizer_id.eq(organizer_id)),
    )
    .execute(conn)?;
    diesel::delete(
        organizer_delivery_points::table
            .filter(organizer_delivery_points::organizer_id.eq(organizer_id)),
    )
    .execute(conn)?;
    if let Some(p) = a.petition {
        diesel::insert_into(organizer_petitions::table)
            .values((
                organizer_petitions::organizer_id.eq(organizer_id),
                organizer_petitions::petition_id.eq(p),
            ))
            .execute(conn)?;
    }
    for point in &a.delivery_points {
        diesel::insert_into(organizer_delivery_points::table)
            .values((
                organizer_delivery_points::organizer_id.eq(organizer_id),
                organizer_delivery_points::delivery_point_id.eq(point),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Creates an organizer with their scope. Refuses a duplicate email, a
/// coordinator without a petition, a local organizer without delivery points,
/// and slugs that do not exist.
pub fn add(
    conn: &mut DbConnection,
    input: &OrganizerInput,
    now: NaiveDateTime,
) -> anyhow::Result<Organizer> {
    if input.name.trim().is_empty() || input.name.chars().count() > 200 {
        return refuse(Msg::new("org-refused-name"));
    }
    write_transaction(conn, |conn| {
        if Organizer::find_by_email(conn, &input.email)?.is_some() {
            return refuse(Msg::new("org-refused-exists"));
        }
        let assignment = resolve(
            conn,
            input.role,
            input.petition.as_deref(),
            &input.delivery_points,
        )?;
        let inserted = diesel::insert_into(organizers::table)
            .values(NewOrganizer {
                email: input.email.as_str(),
                name: input.name.trim(),
                role: input.role.as_str(),
                created_at: now,
            })
            .execute(conn);
        match inserted {
            // Two invitations of one address at once: the check above saw
            // neither, the unique key stops the second.
            Err(e) if crate::db::is_unique_violation(&e) => {
                return refuse(Msg::new("org-refused-exists"));
            }
            other => other?,
        };
        let organizer =
            Organizer::find_by_email(conn, &input.email)?.context("the new organizer vanished")?;
        assign(conn, organizer.id, &assignment)?;
        Ok(organizer)
    })
}

/// Changes an organizer's role and scope. Refuses to demote the last admin.
pub fn set_role(
    conn: &mut DbConnection,
    organizer_id: i64,
    role: Role,
    petition: Option<&str>,
    points: &[String],
) -> anyhow::Result<Organizer> {
    write_transaction(conn, |conn| {
        let Some(organizer) = Organizer::find(conn, organizer_id).optional()? else {
            return refuse(Msg::new("org-refused-no-organizer"));
        };
        if organizer.role() == Role::Admin && role != Role::Admin {
            let admins: i64 = organizers::table
                .filter(organizers::role.eq(Role::Admin.as_str()))
                .count()
                .get_result(conn)?;
            if admins < 2 {
                return refuse(Msg::new("org-refused-last-admin"));
            }
        }
        let assignment = resolve(conn, role, petition, points)?;
        diesel::update(organizers::table.find(organizer_id))
            .set(organizers::role.eq(role.as_str()))
            .execute(conn)?;
        assign(conn, organizer_id, &assignment)?;
        Ok(organizer)
    })
}

/// Changes an organizer's role and scope ([`set_role`]) and audits it in one
/// transaction.
pub fn change_role(
    conn: &mut DbConnection,
    organizer_id: i64,
    role: Role,
    petition: &str,
    points: &[String],
    by: crate::audit::Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    write_transaction(conn, |conn| {
        let before = set_role(conn, organizer_id, role, Some(petition), points)?;
        let detail = format!(
            "{}: {} → {} {} {}",
            before.email,
            before.role,
            role.as_str(),
            petition.trim(),
            points.join(" ")
        );
        crate::audit::record(
            conn,
            by,
            crate::audit::Action::RoleChange,
            detail.trim(),
            now,
        )?;
        Ok(())
    })
}

/// Every organizer, by email.
pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Organizer>> {
    organizers::table
        .order(organizers::email)
        .select(Organizer::as_select())
        .load(conn)
}

/// Who answers for a delivery point's packet: its local organizers and the
/// coordinators of its petition (their ids, each once).
pub fn responsible_for(conn: &mut DbConnection, point: &DeliveryPoint) -> QueryResult<Vec<i64>> {
    let mut ids: Vec<i64> = organizer_delivery_points::table
        .filter(organizer_delivery_points::delivery_point_id.eq(point.id))
        .select(organizer_delivery_points::organizer_id)
        .load(conn)?;
    ids.extend(
        organizer_petitions::table
            .inner_join(organizers::table)
            .filter(organizer_petitions::petition_id.eq(point.petition_id))
            .filter(organizers::role.eq(Role::Coordinator.as_str()))
            .select(organizer_petitions::organizer_id)
            .load::<i64>(conn)?,
    );
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}
