" .oxt files: OutSystems extensions written as text.
autocmd BufRead,BufNewFile *.oxt setfiletype oxt
