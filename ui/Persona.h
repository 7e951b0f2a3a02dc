#pragma once

namespace sspr::ui {

// Who is using the wizard (DESIGN.md "personas"): the path and the sign-in depend on it.
enum class Persona {
    EndUser, // on their own PC, often cannot sign in: local checks, questions, report for IT
    ItStaff, // admin sign-in, picks the affected user, every tenant and user check
};

} // namespace sspr::ui
