; .oxt embeds no other language. (Editors that highlight TODO/FIXME in
; comments can inject their "comment" parser here.)
